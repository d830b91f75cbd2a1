import { stopOnSignals } from '@meridian/core';
import { startGateway } from './server.ts';

const running = await startGateway();
stopOnSignals(running);
