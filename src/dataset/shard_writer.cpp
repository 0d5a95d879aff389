#include "dataset/shard_writer.h"

#include <unistd.h>

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>

#include "dataset/file_io.h"
#include "dataset/shard_encoder.h"

namespace ws::dataset {
namespace {

size_t slot(Split s) {
  return static_cast<size_t>(s);
}

}  // namespace

// One split's shard being written. The encoder (its zstd context, its Arrow builders) outlives the
// shard: it is reset, not reallocated, for the next one.
struct DatasetWriter::OpenShard {
  ShardSink sink;  // open while a shard is in progress
  std::unique_ptr<ShardEncoder> encoder;
  ShardInfo info;
};

DatasetWriter::DatasetWriter(Options opts, std::vector<ShardInfo> committed)
    : opts_(std::move(opts)), committed_(std::move(committed)) {
  if (opts_.format == ShardFormat::Parquet) require_parquet();
  const std::filesystem::path data = opts_.dir / "data";
  make_dirs(data);
  lock_ = lock_dir(data);
  adopt_committed(data);
  sync_dir(data);
}

void DatasetWriter::adopt_committed(const std::filesystem::path& data) {
  // Key each committed shard by its stem, "train-00003", which all its names share.
  const std::string suffix = format_suffix(opts_.format);
  std::unordered_map<std::string, ShardInfo*> by_stem;
  for (ShardInfo& s : committed_) {
    s.file = shard_committed_name(s.split, s.index, opts_.format);
    by_stem[s.file.substr(6, s.file.size() - 6 - suffix.size())] = &s;  // strip "data/." and the suffix
    next_index_[slot(s.split)] = std::max(next_index_[slot(s.split)], s.index + 1);
  }

  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(data, ec))
    names.push_back(entry.path().filename().string());
  if (ec) throw std::runtime_error("cannot list " + data.string() + ": " + ec.message());

  std::vector<bool> present(committed_.size(), false);
  for (const std::string& name : names) {
    // Shards of the other format are left too: a resume with another format is refused by the checkpoint.
    if (!name.ends_with(suffix) && !name.ends_with(suffix + ".tmp")) continue;  // not ours: leave it
    // Committed: ".train-00003.jsonl.zst"; final: "train-00003-of-00010.jsonl.zst" (a crash in finish()).
    std::string stem;
    if (name.starts_with('.') && name.ends_with(suffix)) {
      stem = name.substr(1, name.size() - 1 - suffix.size());
    } else if (const size_t of = name.find("-of-"); of != std::string::npos && name.ends_with(suffix)) {
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
    if (shard && shard->sink.file().is_open()) {
      const std::filesystem::path path = shard->sink.file().path();
      shard->sink.file() = File();
      ::unlink(path.c_str());
    }
  }
}

void DatasetWriter::open_shard(Split split, OpenShard& shard) {
  const uint32_t index = next_index_[slot(split)];
  shard.sink.open(opts_.dir / shard_tmp_name(split, index, opts_.format));
  if (!shard.encoder)
    shard.encoder = make_shard_encoder(opts_.format, opts_.zstd_level, opts_.zstd_workers, opts_.provenance);
  shard.encoder->begin(shard.sink);
  shard.info = ShardInfo{};
  shard.info.split = split;
  shard.info.index = index;
  shard.info.file = shard_committed_name(split, index, opts_.format);
}

void DatasetWriter::add(Split split, std::string_view json_line) {
  if (finished_) throw std::logic_error("DatasetWriter::add after finish");
  if (json_line.empty() || json_line.back() != '\n') throw std::invalid_argument("a JSON line must end in '\\n'");
  std::unique_ptr<OpenShard>& shard = open_[slot(split)];
  if (!shard) shard = std::make_unique<OpenShard>();
  if (!shard->sink.file().is_open()) open_shard(split, *shard);
  shard->encoder->add(json_line);
  shard->info.records += 1;
  shard->info.uncompressed_bytes += json_line.size();
  open_bytes_ += json_line.size();
}

void DatasetWriter::close_shard(Split split, OpenShard& shard) {
  shard.encoder->end();
  File& file = shard.sink.file();
  file.sync();
  const std::filesystem::path tmp = file.path();
  file.close();
  rename_file(tmp, opts_.dir / shard.info.file);
  shard.info.bytes = shard.sink.bytes();
  shard.info.sha256 = shard.sink.finish_sha256();
  committed_.push_back(shard.info);
  next_index_[slot(split)] += 1;
}

CommitState DatasetWriter::commit() {
  for (Split split : kSplits) {
    OpenShard* shard = open_[slot(split)].get();
    if (shard && shard->sink.file().is_open()) close_shard(split, *shard);
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
    const std::string final_name = shard_final_name(s.split, s.index, next_index_[slot(s.split)], opts_.format);
    rename_file(opts_.dir / s.file, opts_.dir / final_name);
    s.file = final_name;
  }
  sync_dir(opts_.dir / "data");
  finished_ = true;
  return shards;
}

}  // namespace ws::dataset
