// Global structural dedup across MPI ranks. Every structural hash has an owner rank, chosen by its
// value; an owner keeps the dedup set of its hashes alone. In each window of indices, every rank
// sends each of its items' hashes to their owners (one all-to-all), the owners decide in index order
// and send one byte back per hash (a second all-to-all).
//
// The decision mirrors one process exactly: an item whose hash was already written is a duplicate;
// otherwise its hash joins the set if the item has a record (a failed item is counted as a failure
// and leaves its structure free for a later draw). The window's parts are contiguous index ranges
// in rank order, and each rank sends its part's hashes in index order, so reading what arrives from
// rank 0, then rank 1, ... visits the window in index order: the first occurrence wins, as it does
// in one process.
//
// On the wire: 9 bytes per item to its owner (the 8-byte hash, little-endian, and 1 if the item has a
// record) and 1 byte back (1: duplicate).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "dataset/seen_set.h"

namespace ws::pipeline {

struct DedupQuery {
  uint64_t key = 0;  // hash_key(struct_hash)
  bool ok = false;   // the item has a record to write
};

inline constexpr size_t kQueryBytes = 9;
inline constexpr size_t kAnswerBytes = 1;

// The rank that owns `key`, from its high bits: the dedup set indexes its table by the low bits, so
// an owner's keys stay spread over its table.
int dedup_owner(uint64_t key, int ranks);

// What this rank sends each owner: out[d] holds the queries owned by rank d, in `items` order.
std::vector<std::string> encode_queries(const std::vector<DedupQuery>& items, int ranks);

// The owner's side: in[s] is what rank s sent. Returns the answers, answers[s] for rank s.
std::vector<std::string> answer_queries(const std::vector<std::string>& in, dataset::SeenSet& seen);

// Back on the asking rank: answers[d] came from owner d; returns for each of `items` whether it is a
// duplicate. Throws std::runtime_error when an owner answered a different number of queries.
std::vector<bool> decode_answers(const std::vector<DedupQuery>& items, const std::vector<std::string>& answers,
                                 int ranks);

}  // namespace ws::pipeline
