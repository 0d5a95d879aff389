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


// warpsynth/fabricarray_access.py:4
static CUDA_CALLABLE wp::float32 twice_0(
    wp::fabricarray_t<wp::float32> var_values,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::float32* var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def twice(values: wp.fabricarray(dtype=wp.float32), i: int):                           <L 5>
    // return values[i] * 2.0                                                                 <L 6>
    var_0 = wp::address(var_values, var_i);
    var_3 = wp::load(var_0);
    var_2 = wp::mul(var_3, var_1);
    return var_2;
}


// warpsynth/fabricarray_access.py:4
static CUDA_CALLABLE void adj_twice_0(
    wp::fabricarray_t<wp::float32> var_values,
    wp::int32 var_i,
    wp::fabricarray_t<wp::float32> & adj_values,
    wp::int32 & adj_i,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    const wp::float32 var_1 = 2.0;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def twice(values: wp.fabricarray(dtype=wp.float32), i: int):                           <L 5>
    // return values[i] * 2.0                                                                 <L 6>
    var_0 = wp::address(var_values, var_i);
    var_3 = wp::load(var_0);
    var_2 = wp::mul(var_3, var_1);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_mul(var_3, var_1, adj_0, adj_1, adj_2);
    wp::adj_address(var_values, var_i, adj_values, adj_i, adj_0);
    // adj: return values[i] * 2.0                                                            <L 6>
    // adj: def twice(values: wp.fabricarray(dtype=wp.float32), i: int):                      <L 5>
    return;
}



extern "C" __global__ void fabric_vec_b9d87f8d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> var_a,
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> var_b)
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
        wp::vec_t<3, wp::float32>* var_1;
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 2.0;
        const wp::float32 var_4 = 3.0;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // forward
        // def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):       <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)                                                   <L 20>
        var_1 = wp::address(var_a, var_0);
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        var_7 = wp::load(var_1);
        var_6 = wp::add(var_7, var_5);
        wp::array_store(var_b, var_0, var_6);
        // wp.atomic_add(a, i, b[i])                                                              <L 21>
        var_8 = wp::address(var_b, var_0);
        var_10 = wp::load(var_8);
        var_9 = wp::atomic_add(var_a, var_0, var_10);
    }
}



extern "C" __global__ void fabric_vec_b9d87f8d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> var_a,
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> var_b,
    wp::fabricarray_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::indexedfabricarray_t<wp::vec_t<3, wp::float32>> adj_b)
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
        wp::vec_t<3, wp::float32>* var_1;
        const wp::float32 var_2 = 1.0;
        const wp::float32 var_3 = 2.0;
        const wp::float32 var_4 = 3.0;
        wp::vec_t<3, wp::float32> var_5;
        wp::vec_t<3, wp::float32> var_6;
        wp::vec_t<3, wp::float32> var_7;
        wp::vec_t<3, wp::float32>* var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::vec_t<3, wp::float32> adj_5 = {};
        wp::vec_t<3, wp::float32> adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        //---------
        // forward
        // def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):       <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)                                                   <L 20>
        var_1 = wp::address(var_a, var_0);
        var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
        var_7 = wp::load(var_1);
        var_6 = wp::add(var_7, var_5);
        // wp::array_store(var_b, var_0, var_6);
        // wp.atomic_add(a, i, b[i])                                                              <L 21>
        var_8 = wp::address(var_b, var_0);
        var_10 = wp::load(var_8);
        // var_9 = wp::atomic_add(var_a, var_0, var_10);
        //---------
        // reverse
        wp::adj_atomic_add(var_a, var_0, var_10, adj_a, adj_0, adj_8, adj_9);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_8);
        // adj: wp.atomic_add(a, i, b[i])                                                         <L 21>
        wp::adj_array_store(var_b, var_0, var_6, adj_b, adj_0, adj_6);
        wp::adj_add(var_7, var_5, adj_1, adj_5, adj_6);
        wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: b[i] = a[i] + wp.vec3(1.0, 2.0, 3.0)                                              <L 20>
        // adj: i = wp.tid()                                                                      <L 19>
        // adj: def fabric_vec(a: wp.fabricarray(dtype=wp.vec3), b: wp.indexedfabricarray(dtype=wp.vec3)):  <L 18>
        continue;
    }
}



extern "C" __global__ void fabric_db74a922_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::fabricarray_t<wp::float32> var_a,
    wp::indexedfabricarray_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out)
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
        wp::float32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        //---------
        // forward
        // def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // out[i] = twice(a, i) + b[i]                                                            <L 12>
        var_1 = twice_0(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::add(var_1, var_4);
        wp::array_store(var_out, var_0, var_3);
        // a[i] = out[i]                                                                          <L 13>
        var_5 = wp::address(var_out, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        wp::array_store(var_a, var_0, var_6);
        // b[i] += 1.0                                                                            <L 14>
        var_9 = wp::atomic_add(var_b, var_0, var_8);
    }
}



extern "C" __global__ void fabric_db74a922_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::fabricarray_t<wp::float32> var_a,
    wp::indexedfabricarray_t<wp::float32> var_b,
    wp::array_t<wp::float32> var_out,
    wp::fabricarray_t<wp::float32> adj_a,
    wp::indexedfabricarray_t<wp::float32> adj_b,
    wp::array_t<wp::float32> adj_out)
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
        wp::float32 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        //---------
        // forward
        // def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // out[i] = twice(a, i) + b[i]                                                            <L 12>
        var_1 = twice_0(var_a, var_0);
        var_2 = wp::address(var_b, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::add(var_1, var_4);
        // wp::array_store(var_out, var_0, var_3);
        // a[i] = out[i]                                                                          <L 13>
        var_5 = wp::address(var_out, var_0);
        var_7 = wp::load(var_5);
        var_6 = wp::copy(var_7);
        // wp::array_store(var_a, var_0, var_6);
        // b[i] += 1.0                                                                            <L 14>
        // var_9 = wp::atomic_add(var_b, var_0, var_8);
        //---------
        // reverse
        wp::adj_atomic_add(var_b, var_0, var_8, adj_b, adj_0, adj_8, adj_9);
        // adj: b[i] += 1.0                                                                       <L 14>
        wp::adj_array_store(var_a, var_0, var_6, adj_a, adj_0, adj_6);
        wp::adj_copy(var_7, adj_5, adj_6);
        wp::adj_address(var_out, var_0, adj_out, adj_0, adj_5);
        // adj: a[i] = out[i]                                                                     <L 13>
        wp::adj_array_store(var_out, var_0, var_3, adj_out, adj_0, adj_3);
        wp::adj_add(var_1, var_4, adj_1, adj_2, adj_3);
        wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
        adj_twice_0(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: out[i] = twice(a, i) + b[i]                                                       <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def fabric(a: wp.fabricarray[wp.float32], b: wp.indexedfabricarray[wp.float32], out: wp.array[float]):  <L 10>
        continue;
    }
}

