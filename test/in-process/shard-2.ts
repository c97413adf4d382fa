import { importShard } from './import-shard.js';

await importShard(1, 2);
