import { readQuestion } from '@/engine/understand/question';
for (const s of process.argv.slice(2)) console.log(s, JSON.stringify(readQuestion(s)));
