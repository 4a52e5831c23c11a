// Reads a scenario file's bytes for the loader (which checks they are UTF-8), refusing what is
// no file at all (a directory, a device such as /dev/zero) or too big to be a buyer, before
// reading it into memory.
import { readFileSync, statSync } from 'node:fs';
import type { ScenarioIssue } from '@/engine/scenario/issues';
import { MAX_SOURCE_CHARS } from '@/engine/scenario/source-guard';

/** UTF-8 takes up to 3 bytes for each character a buyer file holds (Chinese). */
const MAX_BYTES = MAX_SOURCE_CHARS * 3;

const fileIssue = (file: string, code: 'file-unreadable' | 'file-too-large', message: string, hint: string): ScenarioIssue => ({
  code,
  severity: 'error',
  file,
  line: 1,
  column: 1,
  path: '',
  message,
  hint,
});

export function readScenarioFile(path: string, file: string): { bytes: Uint8Array } | { issue: ScenarioIssue } {
  try {
    const stat = statSync(path);
    if (!stat.isFile()) return { issue: fileIssue(file, 'file-unreadable', '这不是一个文件（可能是文件夹或设备）。', '写出要检查的 .yaml 文件的路径。') };
    if (stat.size > MAX_BYTES)
      return {
        issue: fileIssue(file, 'file-too-large', `文件太大（${stat.size} 字节），最多 ${MAX_BYTES} 字节。`, '一个买家的文件通常只有几百行；检查是不是选错了文件。'),
      };
    return { bytes: readFileSync(path) };
  } catch {
    return { issue: fileIssue(file, 'file-unreadable', '无法读取这个文件。', '检查文件路径是否写对、文件是否存在。') };
  }
}
