// `generate` on K MPI ranks (mpirun -np K / srun): the same records, in the same order within each
// split, and the same counts as one process with the same options; only shard boundaries differ.
//
// Windows. The index space is cut into windows of min(K × --rank-window, count - written) indices;
// rank r produces the r-th of K contiguous parts of each window on its own threads
// (core/ordered_engine.h). A window can hold at most as many records as the count still needs, so
// the count is reached exactly at the end of a window, at the index where one process stops: no rank
// draws past it and the counts agree (drawn, duplicates, failures).
//
// Dedup. At the end of a window every rank asks the owners of its items' hashes whether each was
// written before (pipeline/dedup_exchange.h), writes the items that were not into its own shards and
// commits them, so every shard holds one rank's part of one window. The job's written count is then
// summed over ranks; the next window starts where this one ended.
//
// Files. Rank r writes under DIR/.warpsynth/rank-RRRRR/ (its shards, its dedup set and two
// checkpoints), rank 0 also DIR/.warpsynth/checkpoint.json (windows done, the next index, records
// written). At the end rank 0 hard-links every shard to DIR/data/{split}-NNNNN-of-MMMMM.jsonl.zst,
// numbered per split in (window, rank, shard) order, which is index order, then writes manifest.json
// and README.md as one process does and deletes DIR/.warpsynth. DIR must be on a file system all
// ranks share.
//
// Resume. After window w every rank saves its checkpoint in slot w % 2, then rank 0 records w in the
// job's checkpoint, and no rank starts saving window w + 1 before that. A job killed anywhere resumes
// (same K) from the window the job's checkpoint names: each rank loads that slot, which no rank can
// have overwritten yet, and drops what it wrote after it.
//
// Errors. Any error on any rank is printed and ends the whole job (MPI_Abort); committed windows
// survive for --resume.
#pragma once

#include "pipeline/generate.h"
#include "pipeline/generate_run.h"

namespace ws::pipeline {

// Called by generate() on every rank of a job started by an MPI launcher.
GenerateSummary generate_mpi(GenerateRun& run);

}  // namespace ws::pipeline
