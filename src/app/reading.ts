// What the workbench needs to read and grade replies: the lexicon, the classifier model and the
// scorer. Loaded as a chunk of its own after the chat is on screen (app/lazy-reading.ts), so
// the reply box does not wait for the largest download and compile of the app.
export { readReply } from '@/engine/session';
export { gradeSession, summarize } from '@/app/grade';
export { createHintGrader } from '@/app/hint-grader';
