#include "dataset/shard_writer.h"

#include <fcntl.h>
#include <unistd.h>
#include <zstd.h>

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "core/sha256.h"
#include "dataset/file_io.h"

namespace ws::dataset {
namespace {

// Compressed bytes are written in chunks this large: few syscalls, bounded memory per split.
constexpr size_t kOutBufferBytes = size_t{1} << 20;

size_t slot(Split s) {
  return static_cast<size_t>(s);
}

void check_zstd(size_t ret, const std::filesystem::path& path) {
  if (ZSTD_isError(ret))
    throw std::runtime_error("zstd error writing " + path.string() + ": " + ZSTD_getErrorName(ret));
}

bool ends_with_shard_suffix(std::string_view name) {
  return name.ends_with(".jsonl.zst") || name.ends_with(".jsonl.zst.tmp");
}

}  // namespace

// One split's shard being written. The zstd context, digest and buffer outlive the shard: they are
// reset, not reallocated, for the next one.
struct DatasetWriter::OpenShard {
  OpenShard() : cctx(ZSTD_createCCtx()), out(new char[kOutBufferBytes]) {
    if (!cctx) throw std::bad_alloc();
  }
  ~OpenShard() { ZSTD_freeCCtx(cctx); }
  OpenShard(const OpenShard&) = delete;
  OpenShard& operator=(const OpenShard&) = delete;

  // Writes the compressed bytes buffered so far and feeds them to the digest.
  void flush() {
    if (out_pos == 0) return;
    file.write_all(out.get(), out_pos);
    sha.update(out.get(), out_pos);
    info.bytes += out_pos;
    out_pos = 0;
  }

  // Runs zstd over `in` until it is consumed (ZSTD_e_continue) or the frame is complete (ZSTD_e_end).
  void compress(ZSTD_inBuffer in, ZSTD_EndDirective mode) {
    for (;;) {
      if (out_pos == kOutBufferBytes) flush();
      ZSTD_outBuffer o{out.get(), kOutBufferBytes, out_pos};
      const size_t remaining = ZSTD_compressStream2(cctx, &o, &in, mode);
      check_zstd(remaining, file.path());
      out_pos = o.pos;
      if (mode == ZSTD_e_continue ? in.pos == in.size : remaining == 0) return;
    }
  }

  ZSTD_CCtx* cctx;
  Sha256 sha;  // of the compressed bytes; finish() leaves it ready for the next shard
  std::unique_ptr<char[]> out;
  size_t out_pos = 0;
  File file;  // open while a shard is in progress
  ShardInfo info;
};

DatasetWriter::DatasetWriter(Options opts, std::vector<ShardInfo> committed)
    : opts_(std::move(opts)), committed_(std::move(committed)) {
  const std::filesystem::path data = opts_.dir / "data";
  make_dirs(data);
  lock_ = lock_dir(data);
  adopt_committed(data);
  sync_dir(data);
}

void DatasetWriter::adopt_committed(const std::filesystem::path& data) {
  // Key each committed shard by its stem, "train-00003", which all its names share.
  std::unordered_map<std::string, ShardInfo*> by_stem;
  for (ShardInfo& s : committed_) {
    s.file = shard_committed_name(s.split, s.index);
    by_stem[s.file.substr(6, s.file.size() - 6 - 10)] = &s;  // strip "data/." and ".jsonl.zst"
    next_index_[slot(s.split)] = std::max(next_index_[slot(s.split)], s.index + 1);
  }

  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data, ec))
    names.push_back(entry.path().filename().string());
  if (ec) throw std::runtime_error("cannot list " + data.string() + ": " + ec.message());

  std::vector<bool> present(committed_.size(), false);
  for (const std::string& name : names) {
    if (!ends_with_shard_suffix(name)) continue;  // not ours: leave it
    // Committed: ".train-00003.jsonl.zst"; final: "train-00003-of-00010.jsonl.zst" (a crash in finish()).
    std::string stem;
    if (name.starts_with('.') && name.ends_with(".jsonl.zst")) {
      stem = name.substr(1, name.size() - 1 - 10);
    } else if (const size_t of = name.find("-of-"); of != std::string::npos && name.ends_with(".jsonl.zst")) {
      stem = name.substr(0, of);
    }
    const auto it = by_stem.find(stem);
    const size_t i = it == by_stem.end() ? 0 : static_cast<size_t>(it->second - committed_.data());
    if (it != by_stem.end() && !present[i]) {
      present[i] = true;
      if (!name.starts_with('.')) rename_file(data / name, opts_.dir / it->second->file);
    } else if (::unlink((data / name).c_str()) != 0) {
      throw_io_error("cannot delete uncommitted shard", data / name);
    }
  }
  for (size_t i = 0; i < committed_.size(); ++i) {
    const ShardInfo& s = committed_[i];
    const std::filesystem::path path = opts_.dir / s.file;
    if (!present[i]) throw std::runtime_error("cannot resume: committed shard " + path.string() + " is missing");
    const uint64_t size = std::filesystem::file_size(path);
    if (size != s.bytes)
      throw std::runtime_error("cannot resume: committed shard " + path.string() + " has " + std::to_string(size) +
                               " bytes, the checkpoint recorded " + std::to_string(s.bytes));
  }
}

DatasetWriter::~DatasetWriter() {
  for (Split split : kSplits) {
    OpenShard* shard = open_[slot(split)].get();
    if (shard && shard->file.is_open()) {
      const std::filesystem::path path = shard->file.path();
      shard->file = File();
      ::unlink(path.c_str());
    }
  }
}

void DatasetWriter::open_shard(Split split, OpenShard& shard) {
  const uint32_t index = next_index_[slot(split)];
  shard.file = File(opts_.dir / shard_tmp_name(split, index), O_WRONLY | O_CREAT | O_TRUNC);
  check_zstd(ZSTD_CCtx_reset(shard.cctx, ZSTD_reset_session_only), shard.file.path());
  check_zstd(ZSTD_CCtx_setParameter(shard.cctx, ZSTD_c_compressionLevel, opts_.zstd_level), shard.file.path());
  check_zstd(ZSTD_CCtx_setParameter(shard.cctx, ZSTD_c_checksumFlag, 1), shard.file.path());
  check_zstd(ZSTD_CCtx_setParameter(shard.cctx, ZSTD_c_nbWorkers, opts_.zstd_workers), shard.file.path());
  shard.sha.reset();
  shard.out_pos = 0;
  shard.info = ShardInfo{};
  shard.info.split = split;
  shard.info.index = index;
  shard.info.file = shard_committed_name(split, index);
}

void DatasetWriter::add(Split split, std::string_view json_line) {
  if (finished_) throw std::logic_error("DatasetWriter::add after finish");
  if (json_line.empty() || json_line.back() != '\n') throw std::invalid_argument("a JSON line must end in '\\n'");
  std::unique_ptr<OpenShard>& shard = open_[slot(split)];
  if (!shard) shard = std::make_unique<OpenShard>();
  if (!shard->file.is_open()) open_shard(split, *shard);
  shard->compress({json_line.data(), json_line.size(), 0}, ZSTD_e_continue);
  shard->info.records += 1;
  shard->info.uncompressed_bytes += json_line.size();
  open_bytes_ += json_line.size();
}

void DatasetWriter::close_shard(Split split, OpenShard& shard) {
  shard.compress({nullptr, 0, 0}, ZSTD_e_end);
  shard.flush();
  shard.file.sync();
  const std::filesystem::path tmp = shard.file.path();
  shard.file.close();
  rename_file(tmp, opts_.dir / shard.info.file);
  shard.info.sha256 = hex(shard.sha.finish());
  committed_.push_back(shard.info);
  next_index_[slot(split)] += 1;
}

CommitState DatasetWriter::commit() {
  for (Split split : kSplits) {
    OpenShard* shard = open_[slot(split)].get();
    if (shard && shard->file.is_open()) close_shard(split, *shard);
  }
  open_bytes_ = 0;
  sync_dir(opts_.dir / "data");
  return CommitState{committed_};
}

std::vector<ShardInfo> DatasetWriter::finish() {
  if (finished_) throw std::logic_error("DatasetWriter::finish called twice");
  commit();
  std::vector<ShardInfo> shards = committed_;
  std::sort(shards.begin(), shards.end(), [](const ShardInfo& a, const ShardInfo& b) {
    return a.split != b.split ? a.split < b.split : a.index < b.index;
  });
  for (ShardInfo& s : shards) {
    const std::string final_name = shard_final_name(s.split, s.index, next_index_[slot(s.split)]);
    rename_file(opts_.dir / s.file, opts_.dir / final_name);
    s.file = final_name;
  }
  sync_dir(opts_.dir / "data");
  finished_ = true;
  return shards;
}

}  // namespace ws::dataset
