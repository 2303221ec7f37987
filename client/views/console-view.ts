/**
 * The Cypher console: CodeMirror 6 with Cypher highlighting and completion,
 * parameters, history, ready-made examples, and results as graph, table or
 * raw JSON. Errors show in the interface language with the server's detail (describeError).
 */
import { createCypherEditor, type EditorApi } from '@neo4j-cypher/codemirror';
import '@neo4j-cypher/codemirror/css/cypher-codemirror.css';
import { CypherExamples, CypherResponse, type CypherExample } from '../../model/api.schema.js';
import { getJson, postJson } from '../lib/api-client.js';
import { cellText, hasGraph, parseParams, pushHistory } from '../lib/cypher-cells.js';
import { toCsv } from '../lib/csv.js';
import { button, download, el } from '../lib/dom.js';
import { showStatus, track } from '../lib/status.js';
import { lang, t } from '../lib/i18n.js';
import { GraphView } from '../graph/graph-view.js';

const HISTORY_KEY = 'baoxun.console.history';
type Mode = 'graph' | 'table' | 'json';

export interface ConsoleHooks { query: string | null; onQuery(q: string): void; showInGraph(id: string): void }

export function mountConsole(root: HTMLElement, hooks: ConsoleHooks): void {
  const editorBox = el('div', { class: 'editor', 'data-testid': 'console' });
  const params = el('textarea', { class: 'params', rows: '2', spellcheck: 'false', placeholder: '{"name": "…"}', 'aria-label': 'parameters' });
  const run = button(t('run'), () => void execute(), { class: 'primary', 'data-testid': 'console-run' });
  const result = el('div', { class: 'result', 'data-status': 'idle' });
  const modes = el('div', { class: 'modes' });
  const examplesList = el('ul', { class: 'examples' });
  const historyList = el('ul', { class: 'history' });
  root.replaceChildren(
    el('aside', { class: 'side left console-side' }, el('h2', {}, t('examples')), examplesList, el('h2', {}, t('history')), historyList),
    el('div', { class: 'console-main' },
      editorBox, el('label', { class: 'params-label' }, t('params'), params),
      el('div', { class: 'toolbar' }, run, el('span', { class: 'muted' }, 'Ctrl+Enter'), modes), result),
  );
  const { editor }: { editor: EditorApi } = createCypherEditor(editorBox, {
    value: hooks.query ?? 'MATCH (p:Person)-[r:ATTENDED]->(m:Meeting)\nRETURN p, r, m LIMIT 25',
    theme: 'light', lineNumbers: true, autocomplete: true, lint: false, history: true,
  });
  const value = (): string => editor.codemirror.state.doc.toString();
  editor.onKeyDown((e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void execute(); }
  });

  let history: string[] = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]') as string[];
  const renderHistory = (): void => historyList.replaceChildren(...history.map((q) => {
    const li = el('li', { title: q }, q.split('\n')[0] ?? q);
    li.addEventListener('click', () => editor.setValue(q));
    return li;
  }));
  renderHistory();

  let mode: Mode = 'table';
  let userMode = false;
  let last: CypherResponse | null = null;
  let resultGraph: GraphView | null = null;
  const renderModes = (): void => modes.replaceChildren(...(['graph', 'table', 'json'] as Mode[]).map((m) => {
    const showing = mode === 'graph' && last && !hasGraph(last) ? 'table' : mode;
    const b = button(t(m === 'graph' ? 'asGraph' : m === 'table' ? 'asTable' : 'asJson'), () => { mode = m; userMode = true; renderModes(); void render(); },
      { 'data-mode': m, class: m === showing ? 'active' : '' });
    return b;
  }), ...(last ? [button(t('exportCsv'), () => last && download('baoxun-result.csv', toCsv(last.columns, last.rows.map((r) => r.map(cellText))), 'text/csv'))] : []));
  renderModes();

  async function render(): Promise<void> {
    const r = last;
    resultGraph?.cy.destroy();
    resultGraph = null;
    const body = el('div', { class: 'result-body' });
    result.querySelectorAll(':scope > :not(.status-line)').forEach((n) => n.remove());
    if (!r) return;
    const info = `${r.summary.rows} ${t('rows')}${r.truncated ? ` · ${t('truncated')}` : ''}` +
      (r.summary.consumedAfterMs !== null ? ` · ${r.summary.consumedAfterMs} ms` : '');
    result.append(el('div', { class: 'muted result-info' }, info), body);
    // A result with nothing to draw shows as a table even when the graph mode was chosen (a count, a list of names).
    const shown = mode === 'graph' && !hasGraph(r) ? 'table' : mode;
    if (shown === 'json') body.append(el('pre', { class: 'raw-json' }, JSON.stringify(r, null, 2)));
    else if (shown === 'table') body.append(table(r), ...(r.rows.length === 0 ? [el('p', { class: 'muted' }, t('empty'))] : []));
    else {
      const box = el('div', { class: 'result-graph' });
      body.append(box);
      if (!r.elements) return;
      resultGraph = new GraphView(box, { onSelect: () => undefined, onExpand: (n) => hooks.showInGraph(n.id()) });
      (window as unknown as { consoleCy: unknown }).consoleCy = resultGraph.cy;
      await resultGraph.replace(r.elements);
    }
  }

  function table(r: CypherResponse): HTMLElement {
    return el('table', { class: 'results', 'data-testid': 'results-table' },
      el('thead', {}, el('tr', {}, ...r.columns.map((c) => el('th', {}, c)))),
      el('tbody', {}, ...r.rows.map((row) => el('tr', {}, ...row.map((v) => el('td', {}, cellText(v)))))));
  }

  async function execute(): Promise<void> {
    const query = value();
    let p: Record<string, unknown>;
    try {
      p = parseParams(params.value);
    } catch (err) {
      showStatus(result, { state: 'error', message: (err as Error).message }, t('loading'));
      return;
    }
    hooks.onQuery(query);
    history = pushHistory(history, query);
    localStorage.setItem(HISTORY_KEY, JSON.stringify(history));
    renderHistory();
    const res = await track(result, () => postJson('/api/cypher', { query, params: p }, CypherResponse), t('loading'));
    last = res ?? null;
    // Until the user picks a mode, graph-shaped results show as a graph, the rest as a table.
    if (res && !userMode) mode = hasGraph(res) ? 'graph' : 'table';
    renderModes();
    await render();
  }

  const useExample = (ex: CypherExample): void => {
    editor.setValue(ex.query);
    params.value = Object.keys(ex.params).length ? JSON.stringify(ex.params) : '';
  };
  void track(examplesList, () => getJson('/api/examples', CypherExamples), t('loading')).then((res) => {
    if (!res) return;
    if (res.examples.length === 0) examplesList.append(el('li', { class: 'muted' }, t('empty')));
    examplesList.append(...res.examples.map((ex) => {
      const zh = lang() === 'zh';
      const li = el('li', { title: (zh && ex.description_zh) || ex.description, 'data-example': ex.name }, (zh && ex.title_zh) || ex.title);
      li.addEventListener('click', () => useExample(ex));
      return li;
    }));
  });
}
