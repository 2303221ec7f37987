/**
 * Article templates of the synthetic corpus, in the shape of county-paper news: standing
 * committee meetings with a chair and attendee lists, government executive meetings,
 * inspections of towns and villages, project milestones with amounts, town news and bureau
 * work. Names and posts come from the cast of the article's year.
 */
import type { Cast, Post } from './cast.js';
import { BUREAUS, CITY, FILLER, PROJECT_KINDS, STAGES, TOPICS, villageName } from './names.js';
import type { Rng } from './random.js';

export interface Story {
  title: string;
  body: string;
}

interface Ctx {
  rng: Rng;
  cast: Cast;
  year: number;
  date: string;
  projects: Map<string, number>;
}

const md = (date: string) => `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`;

function who(c: Ctx, key: string): { name: string; post: Post } {
  const post = c.cast.posts.find((p) => p.key === key)!;
  return { name: c.cast.holders.get(c.year)!.get(key)!, post };
}

/** `市委常委、组织部部长王强` (sometimes the short form of the post). */
function titled(c: Ctx, key: string): string {
  const w = who(c, key);
  return `${w.post.short && c.rng.chance(0.4) ? w.post.short : w.post.title}${w.name}`;
}

function filler(c: Ctx, n: number): string {
  return c.rng.sample(FILLER, n + 1).join('');
}

function credit(c: Ctx): string {
  const [a, b] = c.rng.sample(c.cast.reporters, 2);
  return c.rng.chance(0.6) ? `本报讯（记者 ${a} 通讯员 ${b}）` : `本报讯（记者 ${a}）`;
}

function standingCommittee(c: Ctx): Story {
  const topic = c.rng.pick(TOPICS);
  const attendees = ['mayor', 'deputy-secretary', 'exec-vice-mayor', 'organization', 'propaganda', 'discipline'];
  const observers = ['congress', 'cppcc'];
  const body =
    `${credit(c)}${md(c.date)}，市委常委会召开会议，传达学习上级有关精神，研究部署${topic}等工作。` +
    `${titled(c, 'secretary')}主持会议。\n` +
    `${filler(c, 2)}\n` +
    `市委副书记、市长${who(c, 'mayor').name}，市委常委${c.rng.sample(attendees.slice(1), 4).map((k) => who(c, k).name).join('、')}出席会议。` +
    `${observers.map((k) => titled(c, k)).join('，')}列席会议。`;
  return { title: `市委常委会召开会议 研究部署${topic}工作`, body };
}

function executiveMeeting(c: Ctx): Story {
  const topic = c.rng.pick(TOPICS);
  const vms = c.rng.sample(['vice-mayor-1', 'vice-mayor-2', 'vice-mayor-3', 'vice-mayor-4'], 3).map((k) => who(c, k).name);
  const body =
    `${credit(c)}${md(c.date)}，市政府召开第${c.rng.int(1, 60)}次常务会议，研究${topic}等事项。${titled(c, 'mayor')}主持会议。\n` +
    `${filler(c, 3)}\n` +
    `${titled(c, 'exec-vice-mayor')}，副市长${vms.join('、')}出席会议。`;
  return { title: `市政府召开常务会议`, body };
}

function inspection(c: Ctx): Story {
  const town = c.rng.pick(c.cast.towns);
  const village = villageName(c.rng);
  const lead = c.rng.pick(['secretary', 'mayor', 'exec-vice-mayor']);
  const sec = c.cast.posts.find((p) => p.town === town && p.tier === 4)!;
  const body =
    `${credit(c)}${md(c.date)}，${titled(c, lead)}来到${town}调研${c.rng.pick(TOPICS)}工作。\n` +
    `${who(c, lead).name}一行先后来到${village}、${town}${c.rng.pick(PROJECT_KINDS)}项目现场，详细了解有关情况。${filler(c, 2)}\n` +
    `${who(c, lead).name}指出，${filler(c, 1)}${sec.title}${who(c, sec.key).name}陪同调研。`;
  return { title: `${who(c, lead).name}在${town.replace(/镇|街道$/, '')}调研`, body };
}

function project(c: Ctx): Story {
  const town = c.rng.pick(c.cast.towns);
  const kind = c.rng.pick(PROJECT_KINDS);
  const full = `${CITY}${town}${kind}项目`;
  const step = Math.min((c.projects.get(full) ?? -1) + 1, STAGES.length - 1);
  c.projects.set(full, step);
  const s = STAGES[step]!;
  const amount = c.rng.int(3, 120) / 10;
  const vm = c.rng.pick(['vice-mayor-1', 'vice-mayor-2', 'vice-mayor-3', 'vice-mayor-4', 'exec-vice-mayor']);
  const head = c.cast.posts.find((p) => p.town === town && p.tier === 5)!;
  const body =
    `${credit(c)}${md(c.date)}，${full}${s.verb}。该项目总投资${amount}亿元，位于${town}，${filler(c, 1)}\n` +
    `${titled(c, vm)}出席${s.stage === '施工' ? '现场推进会' : '仪式'}并讲话。${filler(c, 2)}\n` +
    `“${town}${kind}项目是今年的重点工程。”${head.title}${who(c, head.key).name}说。`;
  return { title: `${town}${kind}项目${s.stage === '施工' ? '加紧施工' : s.verb.replace(/^举行/, '')}`, body };
}

function townNews(c: Ctx): Story {
  const town = c.rng.pick(c.cast.towns);
  const village = villageName(c.rng);
  const head = c.cast.posts.find((p) => p.town === town && p.tier === 5)!;
  const body =
    `${credit(c)}近日，${town}${village}开展${c.rng.pick(TOPICS)}主题活动。${filler(c, 2)}\n` +
    `“我们将继续把这项工作抓实抓细。”${head.title}${who(c, head.key).name}说。${filler(c, 1)}`;
  return { title: `${village}：${c.rng.pick(TOPICS)}见实效`, body };
}

function bureauWork(c: Ctx): Story {
  const i = c.rng.int(0, BUREAUS.length - 1);
  const b = BUREAUS[i]!;
  const name = c.rng.chance(0.5) ? `市${b.short}` : `市${b.full}`;
  const body =
    `${credit(c)}${md(c.date)}，${name}召开${c.rng.pick(TOPICS)}工作推进会。${filler(c, 2)}\n` +
    `${titled(c, `bureau-${i}`)}表示，${filler(c, 1)}`;
  return { title: `${name}部署${c.rng.pick(TOPICS)}工作`, body };
}

const KINDS: Array<[number, (c: Ctx) => Story]> = [
  [0.15, standingCommittee], [0.1, executiveMeeting], [0.2, inspection], [0.2, project], [0.2, townNews], [0.15, bureauWork],
];

/** One article of the given date. `projects` carries each project's stage across articles. */
export function story(rng: Rng, cast: Cast, date: string, projects: Map<string, number>): Story {
  const c: Ctx = { rng, cast, year: Number(date.slice(0, 4)), date, projects };
  let x = rng.next();
  for (const [p, make] of KINDS) {
    if (x < p) return make(c);
    x -= p;
  }
  return bureauWork(c);
}
