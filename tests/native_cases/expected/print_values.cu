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


// warpsynth/print_values.py:4
static CUDA_CALLABLE wp::float32 show_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def show(x: float):                                                                    <L 5>
    // print(x)                                                                               <L 6>
    wp::print(var_x);
    // return x * 2.0                                                                         <L 7>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/print_values.py:4
static CUDA_CALLABLE void adj_show_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def show(x: float):                                                                    <L 5>
    // print(x)                                                                               <L 6>
    wp::print(var_x);
    // return x * 2.0                                                                         <L 7>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 7>
    wp::adj_print(var_x, adj_x);
    // adj: print(x)                                                                          <L 6>
    // adj: def show(x: float):                                                               <L 5>
    return;
}



extern "C" __global__ void prints_6416668e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::mat_t<2, 2, wp::float32>* var_10;
        const wp::float32 var_11 = 2.0;
        wp::mat_t<2, 2, wp::float32> var_12;
        wp::mat_t<2, 2, wp::float32> var_13;
        const bool var_14 = true;
        //---------
        // forward
        // def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // print(a[i])                                                                            <L 13>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::load(var_1);
        wp::print(var_2);
        // print(v[i])                                                                            <L 14>
        var_3 = wp::address(var_v, var_0);
        var_4 = wp::load(var_3);
        wp::print(var_4);
        // wp.print(i)                                                                            <L 15>
        wp::print(var_0);
        // x = show(a[i]) + 1.0                                                                   <L 16>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = show_0(var_7);
        var_9 = wp::add(var_6, var_8);
        // print(x)                                                                               <L 17>
        wp::print(var_9);
        // print(m[i] * 2.0)                                                                      <L 18>
        var_10 = wp::address(var_m, var_0);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        wp::print(var_12);
        // print(True)                                                                            <L 19>
        wp::print(var_14);
        // a[i] = x                                                                               <L 20>
        wp::array_store(var_a, var_0, var_9);
    }
}



extern "C" __global__ void prints_6416668e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> var_m,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::mat_t<2, 2, wp::float32>> adj_m)
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
        wp::float32* var_1;
        wp::float32 var_2;
        wp::vec_t<3, wp::float32>* var_3;
        wp::vec_t<3, wp::float32> var_4;
        wp::float32* var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        wp::float32 var_9;
        wp::mat_t<2, 2, wp::float32>* var_10;
        const wp::float32 var_11 = 2.0;
        wp::mat_t<2, 2, wp::float32> var_12;
        wp::mat_t<2, 2, wp::float32> var_13;
        const bool var_14 = true;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::mat_t<2, 2, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::mat_t<2, 2, wp::float32> adj_12 = {};
        wp::mat_t<2, 2, wp::float32> adj_13 = {};
        bool adj_14 = {};
        //---------
        // forward
        // def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):       <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // print(a[i])                                                                            <L 13>
        var_1 = wp::address(var_a, var_0);
        var_2 = wp::load(var_1);
        wp::print(var_2);
        // print(v[i])                                                                            <L 14>
        var_3 = wp::address(var_v, var_0);
        var_4 = wp::load(var_3);
        wp::print(var_4);
        // wp.print(i)                                                                            <L 15>
        wp::print(var_0);
        // x = show(a[i]) + 1.0                                                                   <L 16>
        var_5 = wp::address(var_a, var_0);
        var_7 = wp::load(var_5);
        var_6 = show_0(var_7);
        var_9 = wp::add(var_6, var_8);
        // print(x)                                                                               <L 17>
        wp::print(var_9);
        // print(m[i] * 2.0)                                                                      <L 18>
        var_10 = wp::address(var_m, var_0);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        wp::print(var_12);
        // print(True)                                                                            <L 19>
        wp::print(var_14);
        // a[i] = x                                                                               <L 20>
        // wp::array_store(var_a, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
        // adj: a[i] = x                                                                          <L 20>
        wp::adj_print(var_14, adj_14);
        // adj: print(True)                                                                       <L 19>
        wp::adj_print(var_12, adj_12);
        wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_address(var_m, var_0, adj_m, adj_0, adj_10);
        // adj: print(m[i] * 2.0)                                                                 <L 18>
        wp::adj_print(var_9, adj_9);
        // adj: print(x)                                                                          <L 17>
        wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
        adj_show_0(var_7, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_5);
        // adj: x = show(a[i]) + 1.0                                                              <L 16>
        wp::adj_print(var_0, adj_0);
        // adj: wp.print(i)                                                                       <L 15>
        wp::adj_print(var_4, adj_3);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_3);
        // adj: print(v[i])                                                                       <L 14>
        wp::adj_print(var_2, adj_1);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: print(a[i])                                                                       <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def prints(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), m: wp.array(dtype=wp.mat22)):  <L 11>
        continue;
    }
}

