#include "dataset/file_io.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace ws::dataset {

void throw_io_error(std::string_view what, const std::filesystem::path& path) {
  const int err = errno;
  std::string msg(what);
  msg += ' ';
  msg += path.string();
  msg += ": ";
  msg += std::strerror(err);
  throw std::runtime_error(msg);
}

File::File(const std::filesystem::path& path, int flags) : path_(path) {
  do fd_ = ::open(path.c_str(), flags | O_CLOEXEC, 0644);
  while (fd_ < 0 && errno == EINTR);
  if (fd_ < 0) throw_io_error("cannot open", path);
}

File::File(File&& other) noexcept : fd_(other.fd_), path_(std::move(other.path_)) {
  other.fd_ = -1;
}

File& File::operator=(File&& other) noexcept {
  if (this != &other) {
    if (fd_ >= 0) ::close(fd_);
    fd_ = other.fd_;
    path_ = std::move(other.path_);
    other.fd_ = -1;
  }
  return *this;
}

File::~File() {
  if (fd_ >= 0) ::close(fd_);
}

void File::write_all(const void* data, size_t size) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::write(fd_, p, size);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_io_error("cannot write", path_);
    }
    p += n;
    size -= static_cast<size_t>(n);
  }
}

void File::pwrite_all(const void* data, size_t size, uint64_t offset) {
  const char* p = static_cast<const char*>(data);
  while (size > 0) {
    const ssize_t n = ::pwrite(fd_, p, size, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_io_error("cannot write", path_);
    }
    p += n;
    size -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
}

void File::read_all(void* data, size_t size, uint64_t offset) {
  char* p = static_cast<char*>(data);
  while (size > 0) {
    const ssize_t n = ::pread(fd_, p, size, static_cast<off_t>(offset));
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_io_error("cannot read", path_);
    }
    if (n == 0) throw std::runtime_error("cannot read " + path_.string() + ": file is shorter than expected");
    p += n;
    size -= static_cast<size_t>(n);
    offset += static_cast<uint64_t>(n);
  }
}

void File::truncate(uint64_t size) {
  if (::ftruncate(fd_, static_cast<off_t>(size)) != 0) throw_io_error("cannot truncate", path_);
}

uint64_t File::size() const {
  struct stat st {};
  if (::fstat(fd_, &st) != 0) throw_io_error("cannot stat", path_);
  return static_cast<uint64_t>(st.st_size);
}

bool File::try_lock() {
  if (::flock(fd_, LOCK_EX | LOCK_NB) == 0) return true;
  if (errno == EWOULDBLOCK) return false;
  throw_io_error("cannot lock", path_);
}

void File::sync() {
  if (::fsync(fd_) != 0) throw_io_error("cannot fsync", path_);
}

void File::close() {
  const int fd = fd_;
  fd_ = -1;
  // Linux releases the descriptor even when close fails, so it must not be retried.
  if (fd >= 0 && ::close(fd) != 0) throw_io_error("cannot close", path_);
}

void make_dirs(const std::filesystem::path& dir) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw std::runtime_error("cannot create directory " + dir.string() + ": " + ec.message());
}

File lock_dir(const std::filesystem::path& dir) {
  File d(dir, O_RDONLY | O_DIRECTORY);
  if (!d.try_lock()) throw std::runtime_error(dir.string() + " is in use by another warpsynth process");
  return d;
}

void sync_dir(const std::filesystem::path& dir) {
  File d(dir, O_RDONLY | O_DIRECTORY);
  d.sync();
  d.close();
}

void rename_file(const std::filesystem::path& from, const std::filesystem::path& to) {
  if (::rename(from.c_str(), to.c_str()) != 0) throw_io_error("cannot rename " + from.string() + " to", to);
}

void write_file_atomic(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::path tmp = path;
  tmp += ".tmp";
  try {
    File f(tmp, O_WRONLY | O_CREAT | O_TRUNC);
    f.write_all(content.data(), content.size());
    f.sync();
    f.close();
    rename_file(tmp, path);
  } catch (...) {
    ::unlink(tmp.c_str());  // don't leave a partial file behind (it may be what filled the disk)
    throw;
  }
  sync_dir(path.has_parent_path() ? path.parent_path() : std::filesystem::path("."));
}

std::string read_file(const std::filesystem::path& path) {
  File f(path, O_RDONLY);
  std::string out(f.size(), '\0');
  f.read_all(out.data(), out.size(), 0);
  return out;
}

}  // namespace ws::dataset
