#include "core/mpi.h"

#include <cstdlib>
#include <stdexcept>

#ifdef WS_MPI
#include <mpi.h>
#endif

namespace ws::mpi {
namespace {

bool g_active = false;
int g_rank = 0, g_size = 1, g_local_size = 1;

}  // namespace

bool launched() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"})
    if (std::getenv(name)) return true;
  return false;
}

bool active() {
  return g_active;
}
int rank() {
  return g_rank;
}
int size() {
  return g_size;
}
int local_size() {
  return g_local_size;
}

#ifdef WS_MPI

namespace {

void check(int rc, const char* what) {
  if (rc != MPI_SUCCESS) throw std::runtime_error(std::string("MPI error in ") + what);
}

std::vector<int> displacements(const std::vector<int>& counts) {
  std::vector<int> d(counts.size(), 0);
  for (size_t i = 1; i < counts.size(); ++i) d[i] = d[i - 1] + counts[i - 1];
  return d;
}

int checked_int(size_t n) {
  if (n > 0x7fffffff) throw std::runtime_error("MPI message over 2 GiB");
  return static_cast<int>(n);
}

}  // namespace

bool built_with_mpi() {
  return true;
}

void init(int* argc, char*** argv) {
  if (!launched()) return;
  int provided = 0;
  check(MPI_Init_thread(argc, argv, MPI_THREAD_SERIALIZED, &provided), "MPI_Init_thread");
  if (provided < MPI_THREAD_SERIALIZED)
    throw std::runtime_error("the MPI library does not support MPI_THREAD_SERIALIZED");
  g_active = true;
  MPI_Comm_rank(MPI_COMM_WORLD, &g_rank);
  MPI_Comm_size(MPI_COMM_WORLD, &g_size);
  MPI_Comm node;
  check(MPI_Comm_split_type(MPI_COMM_WORLD, MPI_COMM_TYPE_SHARED, 0, MPI_INFO_NULL, &node), "MPI_Comm_split_type");
  MPI_Comm_size(node, &g_local_size);
  MPI_Comm_free(&node);
}

void finalize() {
  if (g_active) MPI_Finalize();
  g_active = false;
}

void abort(int code) {
  if (g_active) MPI_Abort(MPI_COMM_WORLD, code);
  std::exit(code);
}

std::vector<std::string> alltoall(const std::vector<std::string>& out) {
  if (!g_active) return out;
  const size_t n = static_cast<size_t>(g_size);
  std::vector<int> send_counts(n), recv_counts(n);
  std::string send;
  for (size_t d = 0; d < n; ++d) {
    send_counts[d] = checked_int(out[d].size());
    send += out[d];
  }
  check(MPI_Alltoall(send_counts.data(), 1, MPI_INT, recv_counts.data(), 1, MPI_INT, MPI_COMM_WORLD), "MPI_Alltoall");
  const std::vector<int> send_at = displacements(send_counts), recv_at = displacements(recv_counts);
  std::string recv(checked_int(static_cast<size_t>(recv_at.back()) + static_cast<size_t>(recv_counts.back())), '\0');
  check(MPI_Alltoallv(send.data(), send_counts.data(), send_at.data(), MPI_BYTE, recv.data(), recv_counts.data(),
                      recv_at.data(), MPI_BYTE, MPI_COMM_WORLD),
        "MPI_Alltoallv");
  std::vector<std::string> in(n);
  for (size_t s = 0; s < n; ++s)
    in[s] = recv.substr(static_cast<size_t>(recv_at[s]), static_cast<size_t>(recv_counts[s]));
  return in;
}

std::vector<uint64_t> allreduce_sum(std::vector<uint64_t> values) {
  if (!g_active) return values;
  std::vector<uint64_t> sums(values.size());
  check(MPI_Allreduce(values.data(), sums.data(), checked_int(values.size()), MPI_UINT64_T, MPI_SUM, MPI_COMM_WORLD),
        "MPI_Allreduce");
  return sums;
}

std::vector<std::string> gather(const std::string& value) {
  if (!g_active) return {value};
  const size_t n = static_cast<size_t>(g_size);
  int count = checked_int(value.size());
  std::vector<int> counts(n);
  check(MPI_Gather(&count, 1, MPI_INT, counts.data(), 1, MPI_INT, 0, MPI_COMM_WORLD), "MPI_Gather");
  const std::vector<int> at = displacements(counts);
  std::string all(g_rank == 0 ? checked_int(static_cast<size_t>(at.back()) + static_cast<size_t>(counts.back())) : 0,
                  '\0');
  check(MPI_Gatherv(value.data(), count, MPI_BYTE, all.data(), counts.data(), at.data(), MPI_BYTE, 0, MPI_COMM_WORLD),
        "MPI_Gatherv");
  if (g_rank != 0) return {};
  std::vector<std::string> out(n);
  for (size_t s = 0; s < n; ++s) out[s] = all.substr(static_cast<size_t>(at[s]), static_cast<size_t>(counts[s]));
  return out;
}

std::string broadcast(const std::string& value) {
  if (!g_active) return value;
  uint64_t n = value.size();
  check(MPI_Bcast(&n, 1, MPI_UINT64_T, 0, MPI_COMM_WORLD), "MPI_Bcast");
  std::string out = g_rank == 0 ? value : std::string(n, '\0');
  check(MPI_Bcast(out.data(), checked_int(n), MPI_BYTE, 0, MPI_COMM_WORLD), "MPI_Bcast");
  return out;
}

void barrier() {
  if (g_active) check(MPI_Barrier(MPI_COMM_WORLD), "MPI_Barrier");
}

#else  // built without MPI: one rank, and a launch by mpirun is refused rather than run K times

bool built_with_mpi() {
  return false;
}

void init(int*, char***) {
  if (launched())
    throw std::runtime_error(
        "started by an MPI launcher, but this warpsynth was built without MPI (install libopenmpi-dev "
        "with scripts/setup.sh and rebuild)");
}

void finalize() {}

void abort(int code) {
  std::exit(code);
}

std::vector<std::string> alltoall(const std::vector<std::string>& out) {
  return out;
}
std::vector<uint64_t> allreduce_sum(std::vector<uint64_t> values) {
  return values;
}
std::vector<std::string> gather(const std::string& value) {
  return {value};
}
std::string broadcast(const std::string& value) {
  return value;
}
void barrier() {}

#endif

}  // namespace ws::mpi
