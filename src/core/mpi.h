// The few MPI operations warpsynth uses, behind functions that also exist in a build without MPI
// (CMake option WS_MPI, on when FindMPI finds an implementation): there the world is one rank and
// every collective is the identity. Only `generate` under mpirun/srun (pipeline/generate_mpi.h) calls
// the collectives; a process not started by an MPI launcher never initializes MPI, so it behaves and
// writes exactly as a build without MPI.
//
// Ranks call collectives from whichever thread consumes at the moment (core/ordered_engine.h), never
// two at once, so MPI is initialized with MPI_THREAD_SERIALIZED.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ws::mpi {

// True when this process was started by an MPI launcher: Open MPI's mpirun (OMPI_COMM_WORLD_SIZE),
// a PMIx launcher such as `srun --mpi=pmix` (PMIX_RANK) or a PMI-1/2 one such as MPICH's or Slurm's
// (PMI_RANK).
bool launched();
// True when this binary was built with MPI.
bool built_with_mpi();

// Initializes MPI if launched(); throws std::runtime_error when launched() but built without MPI, or
// when the library cannot give MPI_THREAD_SERIALIZED. Call once, from main.
void init(int* argc, char*** argv);
// MPI_Finalize if init() initialized it.
void finalize();
// True between init() and finalize() of a launched process (even a single-rank one).
bool active();

int rank();        // 0 when not active
int size();        // 1 when not active
int local_size();  // ranks on this node (for the default --jobs); 1 when not active

// Ends every rank of the job (MPI_Abort) with `code`; plain std::exit(code) when not active. A rank
// that fails must not return while the others wait in a collective.
[[noreturn]] void abort(int code);

// All-to-all: out[d] goes to rank d; returns in[s], what rank s sent to this one.
std::vector<std::string> alltoall(const std::vector<std::string>& out);
// Element-wise sums over ranks, on every rank.
std::vector<uint64_t> allreduce_sum(std::vector<uint64_t> values);
// Rank 0 gets every rank's `value` in rank order; the others get an empty list.
std::vector<std::string> gather(const std::string& value);
// Every rank gets rank 0's `value`.
std::string broadcast(const std::string& value);
void barrier();

}  // namespace ws::mpi
