// The records of a one-process `generate` run, in index order: kernels drawn as far as the count
// still needs, produced in parallel, then deduplicated and accounted in index order (summary.h). The
// CLI's shards (pipeline/generate.cpp) and the Python package's iterator (pipeline/generate_stream.h)
// both take their records from here, so they hold the same records in the same order.
#pragma once

#include <functional>

#include "dataset/seen_set.h"
#include "dataset/split.h"
#include "pipeline/generate.h"
#include "pipeline/generate_run.h"
#include "pipeline/producer.h"

namespace ws::pipeline {

// Called for each record kept, in index order, once its structure is in the dedup set: item.line
// goes to `split` (the callee may move it out).
using RecordSink = std::function<void(Item& item, dataset::Split split)>;

// Runs `run` (its backend started) until s.written reaches the count, or until `chunk_done`, called
// after each chunk of consecutive indices, returns true. `seen` and `s` start from a resumed run's
// checkpoint, or empty. Rethrows the first exception of any producer, sink or `chunk_done`.
void run_local(GenerateRun& run, dataset::SeenSet& seen, GenerateSummary& s, const RecordSink& sink,
               const std::function<bool()>& chunk_done);

}  // namespace ws::pipeline
