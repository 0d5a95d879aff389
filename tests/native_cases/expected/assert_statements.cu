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


// warpsynth/assert_statements.py:4
static CUDA_CALLABLE wp::float32 checked_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def checked(x: float):                                                                 <L 5>
    // assert x >= 0.0                                                                        <L 6>
    var_1 = (var_x >= var_0);
    assert(((void)"assert x >= 0.0",var_1));
    // return wp.sqrt(x)                                                                      <L 7>
    var_2 = wp::sqrt(var_x);
    return var_2;
}


// warpsynth/assert_statements.py:4
static CUDA_CALLABLE void adj_checked_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.0;
    bool var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    bool adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def checked(x: float):                                                                 <L 5>
    // assert x >= 0.0                                                                        <L 6>
    var_1 = (var_x >= var_0);
    assert(((void)"assert x >= 0.0",var_1));
    // return wp.sqrt(x)                                                                      <L 7>
    var_2 = wp::sqrt(var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_sqrt(var_x, var_2, adj_x, adj_2);
    // adj: return wp.sqrt(x)                                                                 <L 7>
    // adj: assert x >= 0.0                                                                   <L 6>
    // adj: def checked(x: float):                                                            <L 5>
    return;
}



extern "C" __global__ void asserts_e0d79073_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
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
        const wp::int32 var_1 = 0;
        bool var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        bool var_6;
        bool var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // forward
        // def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):                     <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // assert i >= 0, "i \"neg\" here"                                                        <L 13>
        var_2 = (var_0 >= var_1);
        assert(((void)"assert i >= 0, \"i \\"neg\\" here\"",var_2));
        // x = a[i]                                                                               <L 14>
        var_3 = wp::address(var_a, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // assert (x == x) and i < a.shape[0], 'a \\ msg'                                         <L 15>
        var_7 = (var_4 == var_4);
        var_6 = var_7;
        if (var_6) {
            var_8 = &(var_a.shape);
            var_11 = wp::load(var_8);
            var_10 = wp::extract(var_11, var_9);
            var_12 = (var_0 < var_10);
            var_6 = var_6 && var_12;
        }
        assert(((void)"assert (x == x) and i < a.shape[0], 'a \\ msg'",var_6));
        // out[i] = checked(x * x)                                                                <L 16>
        var_13 = wp::mul(var_4, var_4);
        var_14 = checked_0(var_13);
        wp::array_store(var_out, var_0, var_14);
    }
}



extern "C" __global__ void asserts_e0d79073_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::float32> adj_a,
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
        const wp::int32 var_1 = 0;
        bool var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        bool var_6;
        bool var_7;
        wp::shape_t* var_8;
        const wp::int32 var_9 = 0;
        wp::int32 var_10;
        wp::shape_t var_11;
        bool var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        bool adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        bool adj_6 = {};
        bool adj_7 = {};
        wp::shape_t adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::shape_t adj_11 = {};
        bool adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        //---------
        // forward
        // def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):                     <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // assert i >= 0, "i \"neg\" here"                                                        <L 13>
        var_2 = (var_0 >= var_1);
        assert(((void)"assert i >= 0, \"i \\"neg\\" here\"",var_2));
        // x = a[i]                                                                               <L 14>
        var_3 = wp::address(var_a, var_0);
        var_5 = wp::load(var_3);
        var_4 = wp::copy(var_5);
        // assert (x == x) and i < a.shape[0], 'a \\ msg'                                         <L 15>
        var_7 = (var_4 == var_4);
        var_6 = var_7;
        if (var_6) {
            var_8 = &(var_a.shape);
            var_11 = wp::load(var_8);
            var_10 = wp::extract(var_11, var_9);
            var_12 = (var_0 < var_10);
            var_6 = var_6 && var_12;
        }
        assert(((void)"assert (x == x) and i < a.shape[0], 'a \\ msg'",var_6));
        // out[i] = checked(x * x)                                                                <L 16>
        var_13 = wp::mul(var_4, var_4);
        var_14 = checked_0(var_13);
        // wp::array_store(var_out, var_0, var_14);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_14, adj_out, adj_0, adj_14);
        adj_checked_0(var_13, adj_13, adj_14);
        wp::adj_mul(var_4, var_4, adj_4, adj_4, adj_13);
        // adj: out[i] = checked(x * x)                                                           <L 16>
        if (var_6) {
            adj_a.shape = adj_8;
        }
        // adj: assert (x == x) and i < a.shape[0], 'a \\ msg'                                    <L 15>
        wp::adj_copy(var_5, adj_3, adj_4);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
        // adj: x = a[i]                                                                          <L 14>
        // adj: assert i >= 0, "i \"neg\" here"                                                   <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def asserts(a: wp.array(dtype=float), out: wp.array(dtype=float)):                <L 11>
        continue;
    }
}

