const path = require('node:path');

const suite = path.sep + path.join('.tmp', 'peer-suite') + path.sep;

/**
 * The suite's own `bson` is 4.x (it builds ObjectIDs with it); the runtime and the client keep
 * theirs. Only an import written in the suite is sent to the 4.x copy installed as `bson4`.
 */
module.exports = (request, options) => {
  if (request === 'bson' && options.basedir.includes(suite)) {
    return options.defaultResolver('bson4', options);
  }
  return options.defaultResolver(request, options);
};
