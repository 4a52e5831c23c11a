import { useState, type FormEvent } from 'react';
import { setSetting, TRAINEE_NAME } from '@/db/settings';

/** Asked once; the name is kept in this browser only and printed on reports. */
export function TraineeNameForm() {
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const clean = name.trim();
    if (!clean) {
      setError('请填写名字');
      return;
    }
    try {
      await setSetting(TRAINEE_NAME, clean);
    } catch {
      setError('保存失败：浏览器存储不可用');
    }
  };
  return (
    <form className="name-form card" onSubmit={(e) => void submit(e)}>
      <h2>欢迎来到陪练</h2>
      <p>先留个名字吧，只保存在这台电脑的浏览器里，会显示在你的训练报告上。</p>
      <label>
        你的名字
        <input value={name} onChange={(e) => setName(e.target.value)} maxLength={20} autoFocus />
      </label>
      <button type="submit" className="primary">
        开始训练
      </button>
      {error && <p role="alert" className="error-text">{error}</p>}
    </form>
  );
}
