import type { Role } from '@/server/api-contract';

export const ROLE_LABELS: Record<Role, string> = { trainee: '学员', mentor: '导师', lead: '组长' };
