import type { Level, Track } from './ladder.ts';
import type { LadderIndex } from './ladder-index.ts';

/** One rank of the ladder across every track: the level at that rank in each track, if the track has one. */
export interface PictureRow {
  rank: number;
  levels: (Level | undefined)[];
}

/** The whole ladder as one picture: tracks side by side, rungs aligned by rank, highest first. */
export interface LadderPicture {
  tracks: Track['track'][];
  rows: PictureRow[];
  /** Below every track: the levels whose skill sets everyone needs. */
  baselines: Level[];
  /** Levels beside the rungs (no rank), per track, drawn as secondary. */
  beside: Level[][];
}

export function ladderPicture(ladder: LadderIndex): LadderPicture {
  const rungs = ladder.tracks.map((track) =>
    track.levels.filter((level) => level.data.rank !== undefined && !level.data.baseline),
  );
  const ranks = [...new Set(rungs.flat().map((level) => level.data.rank!))].sort((a, b) => b - a);
  return {
    tracks: ladder.tracks.map((track) => track.track),
    rows: ranks.map((rank) => ({
      rank,
      levels: rungs.map((levels) => levels.find((level) => level.data.rank === rank)),
    })),
    baselines: ladder.levels.filter((level) => level.data.baseline),
    beside: ladder.tracks.map((track) =>
      track.levels.filter((level) => level.data.rank === undefined && !level.data.baseline),
    ),
  };
}
