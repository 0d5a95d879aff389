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


// warpsynth/indexedarray_func_args.py:4
static CUDA_CALLABLE wp::vec_t<2, wp::float32> pick_0(
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_a,
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_b,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // forward
    // def pick(a: wp.indexedarray[wp.vec2], b: wp.indexedarray[wp.vec2], i: int):            <L 5>
    // return a[i] + b[i]                                                                     <L 6>
    var_0 = wp::address(var_a, var_i);
    var_1 = wp::address(var_b, var_i);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    return var_2;
}


// warpsynth/indexedarray_func_args.py:4
static CUDA_CALLABLE void adj_pick_0(
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_a,
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_b,
    wp::int32 var_i,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_a,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_b,
    wp::int32 & adj_i,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32>* var_1;
    wp::vec_t<2, wp::float32> var_2;
    wp::vec_t<2, wp::float32> var_3;
    wp::vec_t<2, wp::float32> var_4;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::vec_t<2, wp::float32> adj_3 = {};
    wp::vec_t<2, wp::float32> adj_4 = {};
    //---------
    // forward
    // def pick(a: wp.indexedarray[wp.vec2], b: wp.indexedarray[wp.vec2], i: int):            <L 5>
    // return a[i] + b[i]                                                                     <L 6>
    var_0 = wp::address(var_a, var_i);
    var_1 = wp::address(var_b, var_i);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_3, var_4, adj_0, adj_1, adj_2);
    wp::adj_address(var_b, var_i, adj_b, adj_i, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: return a[i] + b[i]                                                                <L 6>
    // adj: def pick(a: wp.indexedarray[wp.vec2], b: wp.indexedarray[wp.vec2], i: int):       <L 5>
    return;
}



extern "C" __global__ void overload_use_be2d3cf7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_out)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 1.0;
        bool var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32>* var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::vec_t<2, wp::float32>* var_18;
        const wp::float32 var_19 = 0.1;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32> var_23;
        //---------
        // forward
        // def overload_use(a: wp.indexedarray[wp.vec2], b: wp.array[wp.vec2], out: wp.indexedarray[wp.vec2]):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // s = pick(a, out, i)                                                                    <L 12>
        var_1 = pick_0(var_a, var_out, var_0);
        // if wp.length(s) > 1.0:                                                                 <L 13>
        var_2 = wp::length(var_1);
        var_4 = (var_2 > var_3);
        if (var_4) {
            // out[i] = s - b[i]                                                                  <L 14>
            var_5 = wp::address(var_b, var_0);
            var_7 = wp::load(var_5);
            var_6 = wp::sub(var_1, var_7);
            wp::array_store(var_out, var_0, var_6);
        }
        if (!var_4) {
            // wp.atomic_sub(out, i, b[i])                                                        <L 16>
            var_8 = wp::address(var_b, var_0);
            var_10 = wp::load(var_8);
            var_9 = wp::atomic_sub(var_out, var_0, var_10);
        }
        // for k in range(a.shape[0]):                                                            <L 17>
        var_11 = &(var_a.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = wp::range(var_13);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
            // out[i] = out[i] + a[k] * 0.1                                                       <L 18>
            var_17 = wp::address(var_out, var_0);
            var_18 = wp::address(var_a, var_16);
            var_21 = wp::load(var_18);
            var_20 = wp::mul(var_21, var_19);
            var_23 = wp::load(var_17);
            var_22 = wp::add(var_23, var_20);
            wp::array_store(var_out, var_0, var_22);
            goto start_for_0;
        end_for_0:;
    }
}



extern "C" __global__ void overload_use_be2d3cf7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_a,
    wp::array_t<wp::vec_t<2, wp::float32>> var_b,
    wp::indexedarray_t<wp::vec_t<2, wp::float32>> var_out,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_a,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b,
    wp::array_t<wp::vec_t<2, wp::float32>> adj_out)
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
        wp::float32 var_2;
        const wp::float32 var_3 = 1.0;
        bool var_4;
        wp::vec_t<2, wp::float32>* var_5;
        wp::vec_t<2, wp::float32> var_6;
        wp::vec_t<2, wp::float32> var_7;
        wp::vec_t<2, wp::float32>* var_8;
        wp::vec_t<2, wp::float32> var_9;
        wp::vec_t<2, wp::float32> var_10;
        wp::shape_t* var_11;
        const wp::int32 var_12 = 0;
        wp::int32 var_13;
        wp::shape_t var_14;
        wp::range_t var_15;
        wp::int32 var_16;
        wp::vec_t<2, wp::float32>* var_17;
        wp::vec_t<2, wp::float32>* var_18;
        const wp::float32 var_19 = 0.1;
        wp::vec_t<2, wp::float32> var_20;
        wp::vec_t<2, wp::float32> var_21;
        wp::vec_t<2, wp::float32> var_22;
        wp::vec_t<2, wp::float32> var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<2, wp::float32> adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        bool adj_4 = {};
        wp::vec_t<2, wp::float32> adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::vec_t<2, wp::float32> adj_7 = {};
        wp::vec_t<2, wp::float32> adj_8 = {};
        wp::vec_t<2, wp::float32> adj_9 = {};
        wp::vec_t<2, wp::float32> adj_10 = {};
        wp::shape_t adj_11 = {};
        wp::int32 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::shape_t adj_14 = {};
        wp::range_t adj_15 = {};
        wp::int32 adj_16 = {};
        wp::vec_t<2, wp::float32> adj_17 = {};
        wp::vec_t<2, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<2, wp::float32> adj_20 = {};
        wp::vec_t<2, wp::float32> adj_21 = {};
        wp::vec_t<2, wp::float32> adj_22 = {};
        wp::vec_t<2, wp::float32> adj_23 = {};
        //---------
        // forward
        // def overload_use(a: wp.indexedarray[wp.vec2], b: wp.array[wp.vec2], out: wp.indexedarray[wp.vec2]):       <L 10>
        // i = wp.tid()                                                                           <L 11>
        var_0 = builtin_tid1d();
        // s = pick(a, out, i)                                                                    <L 12>
        var_1 = pick_0(var_a, var_out, var_0);
        // if wp.length(s) > 1.0:                                                                 <L 13>
        var_2 = wp::length(var_1);
        var_4 = (var_2 > var_3);
        if (var_4) {
            // out[i] = s - b[i]                                                                  <L 14>
            var_5 = wp::address(var_b, var_0);
            var_7 = wp::load(var_5);
            var_6 = wp::sub(var_1, var_7);
            // wp::array_store(var_out, var_0, var_6);
        }
        if (!var_4) {
            // wp.atomic_sub(out, i, b[i])                                                        <L 16>
            var_8 = wp::address(var_b, var_0);
            var_10 = wp::load(var_8);
            // var_9 = wp::atomic_sub(var_out, var_0, var_10);
        }
        // for k in range(a.shape[0]):                                                            <L 17>
        var_11 = &(var_a.shape);
        var_14 = wp::load(var_11);
        var_13 = wp::extract(var_14, var_12);
        var_15 = wp::range(var_13);
        //---------
        // reverse
        var_15 = wp::iter_reverse(var_15);
        start_for_0:;
            if (iter_cmp(var_15) == 0) goto end_for_0;
            var_16 = wp::iter_next(var_15);
        	adj_17 = {};
        	adj_18 = {};
        	adj_19 = {};
        	adj_20 = {};
        	adj_21 = {};
        	adj_22 = {};
        	adj_23 = {};
            // out[i] = out[i] + a[k] * 0.1                                                       <L 18>
            var_17 = wp::address(var_out, var_0);
            var_18 = wp::address(var_a, var_16);
            var_21 = wp::load(var_18);
            var_20 = wp::mul(var_21, var_19);
            var_23 = wp::load(var_17);
            var_22 = wp::add(var_23, var_20);
            // wp::array_store(var_out, var_0, var_22);
            wp::adj_array_store(var_out, var_0, var_22, adj_out, adj_0, adj_22);
            wp::adj_add(var_23, var_20, adj_17, adj_20, adj_22);
            wp::adj_mul(var_21, var_19, adj_18, adj_19, adj_20);
            wp::adj_address(var_a, var_16, adj_a, adj_16, adj_18);
            wp::adj_address(var_out, var_0, adj_out, adj_0, adj_17);
            // adj: out[i] = out[i] + a[k] * 0.1                                                  <L 18>
        	goto start_for_0;
        end_for_0:;
        adj_a.shape = adj_11;
        // adj: for k in range(a.shape[0]):                                                       <L 17>
        if (!var_4) {
            wp::adj_atomic_sub(var_out, var_0, var_10, adj_out, adj_0, adj_8, adj_9);
            wp::adj_address(var_b, var_0, adj_b, adj_0, adj_8);
            // adj: wp.atomic_sub(out, i, b[i])                                                   <L 16>
        }
        if (var_4) {
            wp::adj_array_store(var_out, var_0, var_6, adj_out, adj_0, adj_6);
            wp::adj_sub(var_1, var_7, adj_1, adj_5, adj_6);
            wp::adj_address(var_b, var_0, adj_b, adj_0, adj_5);
            // adj: out[i] = s - b[i]                                                             <L 14>
        }
        wp::adj_length(var_1, var_2, adj_1, adj_2);
        // adj: if wp.length(s) > 1.0:                                                            <L 13>
        adj_pick_0(var_a, var_out, var_0, adj_a, adj_out, adj_0, adj_1);
        // adj: s = pick(a, out, i)                                                               <L 12>
        // adj: i = wp.tid()                                                                      <L 11>
        // adj: def overload_use(a: wp.indexedarray[wp.vec2], b: wp.array[wp.vec2], out: wp.indexedarray[wp.vec2]):  <L 10>
        continue;
    }
}

