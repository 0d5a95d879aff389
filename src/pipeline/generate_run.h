// What one `generate` run sets up before it draws anything, shared by the single-process path
// (pipeline/generate.cpp) and the MPI one (pipeline/generate_mpi.cpp): checked options, the kernel
// stream, the backend and the producer of chunks.
#pragma once

#include <chrono>
#include <memory>
#include <string>

#include "dataset/split.h"
#include "pipeline/backend.h"
#include "pipeline/generate.h"
#include "pipeline/kernel_stream.h"
#include "pipeline/producer.h"
#include "verify/verify.h"

namespace ws::pipeline {

// Indices per produced chunk: large enough to batch Warp fallbacks and --verify compiles, small
// enough that the in-order consumer rarely waits.
inline constexpr uint64_t kGenerateChunk = 32;

struct GenerateRun {
  // Checks the options (std::invalid_argument saying what is wrong); starts nothing.
  explicit GenerateRun(const GenerateOptions& options);
  // Creates the backend and the producer; Warp workers start here with --ir full (to ask their
  // version). Called once the output directory was accepted, so a refused directory costs nothing.
  void start_backend();

  int threads() const { return std::max(1, options.jobs); }
  size_t ahead() const { return 12 * static_cast<size_t>(threads()); }  // chunks in flight per thread
  double seconds() const;                                               // since construction

  const GenerateOptions& options;
  std::chrono::steady_clock::time_point start;
  KernelStream stream;
  dataset::SplitRatios ratios;
  verify::Options verify_options;
  std::unique_ptr<Backend> backend;
  std::string warp_version;
  std::unique_ptr<Producer> producer;
};

}  // namespace ws::pipeline
