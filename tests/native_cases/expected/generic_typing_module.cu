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


// warpsynth/generic_typing_module.py:0
static CUDA_CALLABLE wp::vec_t<2, wp::float32> corner_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_a)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    const wp::int32 var_1 = 0;
    wp::vec_t<2, wp::float32>* var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def corner(a: wp.array(dtype=typing.Any, ndim=2)):                                     <L 1>
    // return a[0, 0]                                                                         <L 2>
    var_2 = wp::address(var_a, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = wp::copy(var_4);
    return var_3;
}


// warpsynth/generic_typing_module.py:0
static CUDA_CALLABLE wp::vec_t<2, wp::float32> scaled_0(
    wp::vec_t<2, wp::float32> var_x,
    wp::float32 var_s)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32> var_0;
    //---------
    // forward
    // def scaled(x: typing.Any, s: float):                                                   <L 1>
    // return x * s                                                                           <L 2>
    var_0 = wp::mul(var_x, var_s);
    return var_0;
}


// warpsynth/generic_typing_module.py:0
static CUDA_CALLABLE void adj_corner_0(
    wp::array_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_a,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}


// warpsynth/generic_typing_module.py:0
static CUDA_CALLABLE void adj_scaled_0(
    wp::vec_t<2, wp::float32> var_x,
    wp::float32 var_s,
    wp::vec_t<2, wp::float32> & adj_x,
    wp::float32 & adj_s,
    wp::vec_t<2, wp::float32> & adj_ret)
{
	// reverse mode disabled (no backward-enabled kernel depends on this function)
}



extern "C" __global__ void k_379c8f19_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_out)
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
        wp::vec_t<2, wp::float32> var_1;
        const wp::float32 var_2 = 2.0;
        wp::vec_t<2, wp::float32> var_3;
        wp::vec_t<2, wp::float32>* var_4;
        const wp::float32 var_5 = 0.5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32> var_8;
        //---------
        // forward
        // def k(a: wp.array2d(dtype=wp.vec2), out: wp.array(dtype=wp.vec2)):                     <L 18>
        // i = wp.tid()                                                                           <L 19>
        var_0 = builtin_tid1d();
        // out[i] = scaled(corner(a), 2.0) + scaled(out[i], 0.5)                                  <L 20>
        var_1 = corner_0(var_a);
        var_3 = scaled_0(var_1, var_2);
        var_4 = wp::address(var_out, var_0);
        var_7 = wp::load(var_4);
        var_6 = scaled_0(var_7, var_5);
        var_8 = wp::add(var_3, var_6);
        wp::array_store(var_out, var_0, var_8);
    }
}

