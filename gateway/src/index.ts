import { stopOnSignals } from '@meridian/core';
import { startTracing } from '@meridian/core/tracing';
import { startGateway } from './server.ts';

const tracing = startTracing({ service: 'gateway' });
const running = await startGateway();
stopOnSignals({ log: running.log, stop: () => running.stop().finally(() => tracing.shutdown()) });
