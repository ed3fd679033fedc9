// With --etcd-servers listing three members, a write is a raft proposal: the leader appends it to
// its log, replicates it to the followers and commits it once a quorum (2 of 3) has it, then
// applies it and answers. With one member the member is its own quorum. Deep level only.
import { record, type Ctx } from '../core/ctx';
import { apiServerOf } from '../config/of';

export function raftCommit(ctx: Ctx, key: string, revision: number): void {
  const members = apiServerOf(ctx.cluster).etcdServers;
  if (members.length < 2) return;
  const quorum = Math.floor(members.length / 2) + 1;
  const [leader = '', ...followers] = members;
  record(ctx, {
    id: 'etcd.raft',
    level: 'deep',
    actor: 'etcd',
    from: 'etcd',
    to: 'etcd',
    stage: 'storage',
    text: { key: 'etcd.raft', params: { key, revision, members: members.length, quorum } },
    detail: {
      members,
      leader,
      followers,
      quorum: `${quorum} of ${members.length}`,
      order: 'leader appends the entry → AppendEntries to each follower → committed once a quorum has it on disk → applied → revision answered',
      note: 'kube-apiserver\'s client may reach a follower; a follower forwards proposals to the leader',
    },
  });
}
