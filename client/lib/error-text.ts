/**
 * Every error code the server answers with (server/api/errors.ts and the routes), and the
 * client's own, in Chinese and English. The server's message follows as the detail: it names
 * the input and the reason (a Neo4j syntax error, the file that could not be read).
 */
import type { Lang } from './i18n.js';

const CODES: Record<string, [string, string]> = {
  bad_request: ['请求有误', 'Bad request'],
  invalid_request: ['请求参数有误', 'Invalid request'],
  malformed_json: ['请求不是有效的 JSON', 'Malformed JSON'],
  not_found: ['未找到', 'Not found'],
  unauthorized: ['需要有效的 API 密钥', 'A valid API key is required'],
  forbidden: ['无权执行此操作', 'Not allowed'],
  writes_disabled: ['服务器未开放写入（未设置 BAOXUN_API_KEY）', 'Writes are disabled on the server (BAOXUN_API_KEY is not set)'],
  timeout: ['查询超时', 'The query timed out'],
  database_unavailable: ['数据库不可用', 'The database is unavailable'],
  cypher_error: ['Cypher 查询出错', 'Cypher error'],
  console_refused: ['控制台只运行只读查询', 'The console runs read-only queries only'],
  payload_too_large: ['内容太大', 'Too large'],
  unsupported_media_type: ['不支持的内容类型', 'Unsupported content type'],
  rate_limited: ['请求过于频繁，请稍后再试', 'Too many requests, try again in a minute'],
  internal: ['服务器内部错误', 'Internal server error'],
  unreadable_input: ['无法读取上传内容', 'Cannot read the upload'],
  resolve_failed: ['实体消歧失败', 'Could not resolve the entities'],
  write_failed: ['写入图谱失败', 'Could not store the article'],
  invalid_correction: ['无法执行此更正', 'This correction cannot be made'],
  already_undone: ['此更正已撤销', 'This correction was undone already'],
  http_error: ['请求失败', 'Request failed'],
  bad_response: ['服务器返回了意外的内容', 'Unexpected answer from the server'],
  network_error: ['无法连接服务器', 'Cannot reach the server'],
  console_busy: ['控制台正忙，请等当前查询结束后再试', 'The console is busy; try again when your running query ends'],
  result_too_large: ['结果太大，请减少返回内容（LIMIT、少取属性）', 'The result is too large; return less (LIMIT, fewer properties)'],
  params_too_large: ['查询参数太大', 'The query parameters are too large'],
  query_memory: ['查询所需内存超出数据库限额，请缩小范围或加 LIMIT', 'The query needed more memory than allowed; narrow it or add LIMIT'],
  ingest_failed: ['文章未能存入图谱', 'The article could not be stored'],
  host_not_allowed: ['不接受此主机名的请求', 'Requests for this host name are not accepted'],
  bad_json: ['请求中的 JSON 不被接受（层级过深或含保留键）', 'The JSON of the request is refused (nested too deep or a reserved key)'],
  missing_path_ends: ['请先选定路径的起点和终点', 'Choose both ends of the path first'],
};

/** The codes with a message (for tests: every server code must be here). */
export const KNOWN_ERROR_CODES = Object.keys(CODES);

/** The message of `code` in `lang`, or null for an unknown code. */
export function errorTitle(code: string, lang: Lang): string | null {
  const c = CODES[code];
  return c ? c[lang === 'zh' ? 0 : 1] : null;
}

/** One line for the user: the message of the code, then the server's detail (unless it only repeats it). */
export function errorText(err: { code?: string; message: string }, lang: Lang): string {
  const title = err.code ? errorTitle(err.code, lang) : null;
  if (!title) return err.message;
  if (!err.message || err.message === title) return title;
  return `${title}${lang === 'zh' ? '：' : ': '}${err.message}`;
}
