import { z } from 'zod'

/**
 * Recruitment records serve a 取組内容 line of the transit field; 担い手確保 (transit-3) unless the
 * caller names another. The agreement subgraph owns the lines, so only their shape is checked here.
 */
export const transitInitiativeId = z
  .string()
  .regex(/^transit-\d{1,2}$/, 'must be an initiative of the transit field, e.g. transit-3')
