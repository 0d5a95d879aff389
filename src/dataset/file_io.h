// Small POSIX file helpers for the dataset output layer. They exist because crash safety needs what
// iostreams cannot give: explicit fsync of files and directories, atomic rename, and errors that name
// the path and errno (a full disk must say so, not just set failbit).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace ws::dataset {

// Throws std::runtime_error("<what> <path>: <strerror(errno)>"). Reads errno, so call it right after
// the failing system call.
[[noreturn]] void throw_io_error(std::string_view what, const std::filesystem::path& path);

// An owned file descriptor whose every operation either completes or throws.
class File {
 public:
  File() = default;
  // open(2) with `flags` (O_CLOEXEC is added) and mode 0644.
  File(const std::filesystem::path& path, int flags);
  File(File&& other) noexcept;
  File& operator=(File&& other) noexcept;
  File(const File&) = delete;
  File& operator=(const File&) = delete;
  ~File();  // closes without checking: call close() where the result matters

  bool is_open() const { return fd_ >= 0; }
  const std::filesystem::path& path() const { return path_; }

  void write_all(const void* data, size_t size);  // loops over short writes and EINTR
  void pwrite_all(const void* data, size_t size, uint64_t offset);
  void read_all(void* data, size_t size, uint64_t offset);  // throws on a short file too
  void truncate(uint64_t size);
  uint64_t size() const;
  bool try_lock();  // flock(2) LOCK_EX | LOCK_NB: false if another open file holds the lock
  void sync();      // fsync(2)
  void close();     // close(2), reporting its error (NFS and full disks can report late)

 private:
  int fd_ = -1;
  std::filesystem::path path_;
};

// create_directories, throwing std::runtime_error with the path and the reason.
void make_dirs(const std::filesystem::path& dir);

// Takes an exclusive flock(2) on directory `dir` and returns the descriptor holding it; the lock
// lasts until the File is closed or the process dies (SIGKILL included). Throws std::runtime_error
// saying `dir` is in use if another process holds it.
File lock_dir(const std::filesystem::path& dir);

// fsync(2) on a directory, making renames and creations inside it durable.
void sync_dir(const std::filesystem::path& dir);

// rename(2), throwing with both paths. Does not sync the directory.
void rename_file(const std::filesystem::path& from, const std::filesystem::path& to);

// Replaces `path` with `content` so a reader (or a crash) sees the old file or the new one, never a
// mix: writes `path`.tmp, fsyncs it, renames it over `path`, fsyncs the directory.
void write_file_atomic(const std::filesystem::path& path, std::string_view content);

// The whole file as a string; throws if it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace ws::dataset
