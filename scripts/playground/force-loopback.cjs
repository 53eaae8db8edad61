// Preloaded into the Agents Playground with `node -r`: it listens on all interfaces by default; this forces every
// net.Server.listen() in the process onto 127.0.0.1 (override with FORCE_LISTEN_HOST) so nothing is exposed to the network.
'use strict';
const net = require('net');
const HOST = process.env.FORCE_LISTEN_HOST || '127.0.0.1';
const origListen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  const a0 = args[0];
  if (a0 !== null && typeof a0 === 'object' && !(a0 instanceof net.Server) && typeof a0.fd !== 'number' && a0.path === undefined && a0._handle === undefined) {
    // listen(options[, cb])
    args[0] = { ...a0, host: HOST };
  } else if (typeof a0 === 'number' || (typeof a0 === 'string' && /^\d+$/.test(a0)) || a0 === undefined || a0 === null || typeof a0 === 'function') {
    // listen(port[, host][, backlog][, cb]) / listen() / listen(cb)
    if (typeof a0 === 'function' || a0 === undefined || a0 === null) {
      args = [0, HOST, ...args.slice(a0 === undefined || a0 === null ? 1 : 0)];
    } else if (typeof args[1] === 'string') {
      args[1] = HOST;
    } else {
      args.splice(1, 0, HOST);
    }
  } // else: pipe path / handle -> leave alone
  return origListen.apply(this, args);
};
