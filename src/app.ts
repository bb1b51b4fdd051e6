import type { PropsWithChildren } from 'react';
import { startCloud } from './services/cloud';
import { startOutbox } from './services/outbox';
import './app.scss';

startCloud();
// Check-ins and check-outs kept while offline go out as soon as the network returns.
startOutbox();

function App({ children }: PropsWithChildren) {
  return children;
}

export default App;
