import { ask } from './ask.ts';
import { askMessage } from './askMessage.ts';
import type { Command } from './Command.ts';

export type { Command };

import { config } from './config.ts';
import { facts } from './facts.ts';
import { help } from './help.ts';
import { reports } from './reports.ts';
import { source } from './source.ts';
import { summary } from './summary.ts';

/** Every command the bot has: this one list feeds both routing and registration. */
export const commands: readonly Command[] = [ask, summary, facts, source, help, config, reports, askMessage];
