import { importShard } from './import-shard.js';

await importShard(0, 2);
