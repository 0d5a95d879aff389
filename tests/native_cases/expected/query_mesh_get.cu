#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

// Map wp.breakpoint() to a device brkpt at the call site so cuda-gdb attributes the stop to the generated .cu line
#if defined(__CUDACC__) && !defined(_MSC_VER)
#define __debugbreak() __brkpt()
#endif

#define builtin_tid1d() wp::tid(_idx, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, _idx, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, _idx, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, _idx, dim)

#define builtin_block_dim() wp::block_dim()

// CUDA Thread Block Cluster shape declaration. Expands to __cluster_dims__
// only on devices that support clusters (compute capability 9.0+); otherwise
// expands to nothing so the same source compiles cleanly for any target arch.
#if defined(__CUDA_ARCH__) && (__CUDA_ARCH__ >= 900)
#define WP_CLUSTER_DIMS(x, y, z) __cluster_dims__(x, y, z)
#else
#define WP_CLUSTER_DIMS(x, y, z)
#endif

// Maximum registers per thread. __maxnreg__ was added in CUDA Toolkit 12.4;
// older toolkits ignore the opt-in so the same source remains compilable.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ > 12 || (__CUDACC_VER_MAJOR__ == 12 && __CUDACC_VER_MINOR__ >= 4))
#define WP_MAXNREG(n) __maxnreg__(n)
#else
#define WP_MAXNREG(n)
#endif

// Allow PTXAS to spill registers into shared memory. CUDA Toolkit 13.0
// introduced the pragma, which is unavailable in device-debug compilation.
#if defined(__CUDACC_VER_MAJOR__) && (__CUDACC_VER_MAJOR__ >= 13) && !defined(_DEBUG)
#define WP_ENABLE_SMEM_SPILLING() asm volatile(".pragma \"enable_smem_spilling\";");
#else
#define WP_ENABLE_SMEM_SPILLING()
#endif


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)



extern "C" __global__ void read_indices_4585e6d8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::int32> var_out_indices)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::Mesh var_1;
        wp::array_t<wp::int32>* var_2;
        const wp::int32 var_3 = 3;
        wp::int32 var_4;
        const wp::int32 var_5 = 0;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::array_t<wp::int32> var_8;
        wp::int32 var_9;
        wp::int32 var_10;
        const wp::int32 var_11 = 3;
        wp::int32 var_12;
        const wp::int32 var_13 = 0;
        wp::int32 var_14;
        wp::array_t<wp::int32>* var_15;
        const wp::int32 var_16 = 3;
        wp::int32 var_17;
        const wp::int32 var_18 = 1;
        wp::int32 var_19;
        wp::int32* var_20;
        wp::array_t<wp::int32> var_21;
        wp::int32 var_22;
        wp::int32 var_23;
        const wp::int32 var_24 = 3;
        wp::int32 var_25;
        const wp::int32 var_26 = 1;
        wp::int32 var_27;
        wp::Mesh var_28;
        wp::array_t<wp::int32>* var_29;
        const wp::int32 var_30 = 3;
        wp::int32 var_31;
        const wp::int32 var_32 = 2;
        wp::int32 var_33;
        wp::int32* var_34;
        wp::array_t<wp::int32> var_35;
        wp::int32 var_36;
        wp::int32 var_37;
        const wp::int32 var_38 = 3;
        wp::int32 var_39;
        const wp::int32 var_40 = 2;
        wp::int32 var_41;
        //---------
        // forward
        // def read_indices(mesh_id: wp.uint64, out_indices: wp.array(dtype=int)):                <L 14>
        // tid = wp.tid()                                                                         <L 15>
        var_0 = builtin_tid1d();
        // mesh = wp.mesh_get(mesh_id)                                                            <L 16>
        var_1 = wp::mesh_get(var_mesh_id);
        // out_indices[tid * 3 + 0] = mesh.indices[tid * 3 + 0]                                   <L 17>
        var_2 = &((var_1).indices);
        var_4 = wp::mul(var_0, var_3);
        var_6 = wp::add(var_4, var_5);
        var_8 = wp::load(var_2);
        var_7 = wp::address(var_8, var_6);
        var_10 = wp::load(var_7);
        var_9 = wp::copy(var_10);
        var_12 = wp::mul(var_0, var_11);
        var_14 = wp::add(var_12, var_13);
        wp::array_store(var_out_indices, var_14, var_9);
        // out_indices[tid * 3 + 1] = mesh.indices[tid * 3 + 1]                                   <L 18>
        var_15 = &((var_1).indices);
        var_17 = wp::mul(var_0, var_16);
        var_19 = wp::add(var_17, var_18);
        var_21 = wp::load(var_15);
        var_20 = wp::address(var_21, var_19);
        var_23 = wp::load(var_20);
        var_22 = wp::copy(var_23);
        var_25 = wp::mul(var_0, var_24);
        var_27 = wp::add(var_25, var_26);
        wp::array_store(var_out_indices, var_27, var_22);
        // out_indices[tid * 3 + 2] = wp.mesh_get(mesh_id).indices[tid * 3 + 2]                   <L 19>
        var_28 = wp::mesh_get(var_mesh_id);
        var_29 = &(var_28.indices);
        var_31 = wp::mul(var_0, var_30);
        var_33 = wp::add(var_31, var_32);
        var_35 = wp::load(var_29);
        var_34 = wp::address(var_35, var_33);
        var_37 = wp::load(var_34);
        var_36 = wp::copy(var_37);
        var_39 = wp::mul(var_0, var_38);
        var_41 = wp::add(var_39, var_40);
        wp::array_store(var_out_indices, var_41, var_36);
    }
}



extern "C" __global__ void read_points_ec873b90_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::Mesh var_1;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::array_t<wp::vec_t<3, wp::float32>> var_4;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::array_t<wp::vec_t<3, wp::float32>> var_7;
        const wp::float32 var_8 = 0.5;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // forward
        // def read_points(mesh_id: wp.uint64, out: wp.array(dtype=wp.vec3)):                     <L 7>
        // tid = wp.tid()                                                                         <L 8>
        var_0 = builtin_tid1d();
        // mesh = wp.mesh_get(mesh_id)                                                            <L 9>
        var_1 = wp::mesh_get(var_mesh_id);
        // out[tid] = mesh.points[tid] + mesh.velocities[tid] * 0.5                               <L 10>
        var_2 = &((var_1).points);
        var_4 = wp::load(var_2);
        var_3 = wp::address(var_4, var_0);
        var_5 = &((var_1).velocities);
        var_7 = wp::load(var_5);
        var_6 = wp::address(var_7, var_0);
        var_10 = wp::load(var_6);
        var_9 = wp::mul(var_10, var_8);
        var_12 = wp::load(var_3);
        var_11 = wp::add(var_12, var_9);
        wp::array_store(var_out, var_0, var_11);
    }
}



extern "C" __global__ void read_points_ec873b90_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> var_out,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::Mesh var_1;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::array_t<wp::vec_t<3, wp::float32>> var_4;
        wp::array_t<wp::vec_t<3, wp::float32>>* var_5;
        wp::vec_t<3, wp::float32>* var_6;
        wp::array_t<wp::vec_t<3, wp::float32>> var_7;
        const wp::float32 var_8 = 0.5;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        wp::vec_t<3, wp::float32> var_11;
        wp::vec_t<3, wp::float32> var_12;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::Mesh adj_1 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_4 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::array_t<wp::vec_t<3, wp::float32>> adj_7 = {};
        wp::float32 adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::vec_t<3, wp::float32> adj_11 = {};
        wp::vec_t<3, wp::float32> adj_12 = {};
        //---------
        // forward
        // def read_points(mesh_id: wp.uint64, out: wp.array(dtype=wp.vec3)):                     <L 7>
        // tid = wp.tid()                                                                         <L 8>
        var_0 = builtin_tid1d();
        // mesh = wp.mesh_get(mesh_id)                                                            <L 9>
        var_1 = wp::mesh_get(var_mesh_id);
        // out[tid] = mesh.points[tid] + mesh.velocities[tid] * 0.5                               <L 10>
        var_2 = &((var_1).points);
        var_4 = wp::load(var_2);
        var_3 = wp::address(var_4, var_0);
        var_5 = &((var_1).velocities);
        var_7 = wp::load(var_5);
        var_6 = wp::address(var_7, var_0);
        var_10 = wp::load(var_6);
        var_9 = wp::mul(var_10, var_8);
        var_12 = wp::load(var_3);
        var_11 = wp::add(var_12, var_9);
        // wp::array_store(var_out, var_0, var_11);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_11, adj_out, adj_0, adj_11);
        wp::adj_add(var_12, var_9, adj_3, adj_9, adj_11);
        wp::adj_mul(var_10, var_8, adj_6, adj_8, adj_9);
        wp::adj_address(var_7, var_0, adj_5, adj_0, adj_6);
        adj_1.velocities = adj_5;
        wp::adj_address(var_4, var_0, adj_2, adj_0, adj_3);
        adj_1.points = adj_2;
        // adj: out[tid] = mesh.points[tid] + mesh.velocities[tid] * 0.5                          <L 10>
        // adj: mesh = wp.mesh_get(mesh_id)                                                       <L 9>
        // adj: tid = wp.tid()                                                                    <L 8>
        // adj: def read_points(mesh_id: wp.uint64, out: wp.array(dtype=wp.vec3)):                <L 7>
        continue;
    }
}

