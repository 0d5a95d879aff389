// The order-free half of `generate`: kernel i drawn, compiled (native, declines batched to Warp),
// verified with --verify run, and serialized into its JSON line. Everything here depends on the index
// alone, so chunks can be produced on any thread, and on any MPI rank.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "gen/generator.h"
#include "pipeline/backend.h"
#include "pipeline/generate.h"
#include "pipeline/kernel_stream.h"
#include "verify/verify.h"

namespace ws::pipeline {

// Kernel `index`, drawn, compiled and serialized, waiting for the in-order consumer to decide its fate.
struct Item {
  uint64_t index = 0;
  gen::GeneratedKernel kernel;
  std::string hash;
  Compiled compiled;         // ir dropped once the line is built
  std::string line;          // the record's JSON line; empty when compilation or verification failed
  std::string failure_kind;  // "verify: oob", ... when verification failed
  std::string failure;       // its manifest reason
  std::string verification;  // the record's `verification` object when verified
};

// The dedup key of a structural hash: its 16 hex digits as a number (already well mixed).
uint64_t hash_key(const std::string& hex);

class Producer {
 public:
  // Keeps references to all four; `verify` is used with options.verify only.
  Producer(const GenerateOptions& options, const KernelStream& stream, Backend& backend, const verify::Options& verify,
           const std::string& warp_version);

  // Kernels [first, first + n), in index order. Thread-safe (the backend runs one Warp batch at a time).
  std::vector<Item> produce(uint64_t first, size_t n) const;

 private:
  void serialize(Item& item) const;
  void verify_chunk(std::vector<Item>& items) const;

  const GenerateOptions& o_;
  const KernelStream& stream_;
  Backend& backend_;
  const verify::Options& verify_;
  const std::string& warp_version_;
  bool native_;
};

}  // namespace ws::pipeline
