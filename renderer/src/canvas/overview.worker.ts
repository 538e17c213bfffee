/** The overview worker: draws the overview on the OffscreenCanvas it is given (overview-scene.ts). */
import { overviewPainter, type OverviewMessage } from './overview-scene';

const paint = overviewPainter();

self.onmessage = (event: MessageEvent<OverviewMessage>) => paint(event.data);
