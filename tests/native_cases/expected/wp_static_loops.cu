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



extern "C" __global__ void k_002b241d_cuda_kernel_forward(
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 3;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 13>
        var_2 = wp::float(var_1);
        // for j in range(wp.static(N)):                                                          <L 14>
        // s += a[i] * float(j)                                                                   <L 15>
        var_4 = wp::address(var_a, var_0);
        var_5 = wp::float(var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_8 = wp::add(var_2, var_6);
        var_10 = wp::address(var_a, var_0);
        var_11 = wp::float(var_9);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_14 = wp::add(var_8, var_12);
        var_16 = wp::address(var_a, var_0);
        var_17 = wp::float(var_15);
        var_19 = wp::load(var_16);
        var_18 = wp::mul(var_19, var_17);
        var_20 = wp::add(var_14, var_18);
        // for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):                  <L 16>
        // s += float(j)                                                                          <L 17>
        var_22 = wp::float(var_21);
        var_23 = wp::add(var_20, var_22);
        var_25 = wp::float(var_24);
        var_26 = wp::add(var_23, var_25);
        // for j in range(wp.static(N * 7)):                                                      <L 18>
        var_27 = 0;
        start_for_0:;
            if (var_27 >= 21) goto end_for_0;
            var_28 = var_27;
            var_27 += 1;
            // s += a[i]                                                                          <L 19>
            var_29 = wp::address(var_a, var_0);
            var_31 = wp::load(var_29);
            var_30 = wp::add(var_26, var_31);
            wp::assign(var_26, var_30);
            goto start_for_0;
        end_for_0:;
        // out[i] = s                                                                             <L 20>
        wp::array_store(var_out, var_0, var_26);
    }
}



extern "C" __global__ void k_002b241d_cuda_kernel_backward(
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
        const wp::float32 var_1 = 0.0;
        wp::float32 var_2;
        const wp::int32 var_3 = 0;
        wp::float32* var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        const wp::int32 var_9 = 1;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 2;
        wp::float32* var_16;
        wp::float32 var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        wp::float32 var_20;
        const wp::int32 var_21 = 1;
        wp::float32 var_22;
        wp::float32 var_23;
        const wp::int32 var_24 = 3;
        wp::float32 var_25;
        wp::float32 var_26;
        wp::int32 var_27;
        wp::int32 var_28;
        wp::float32* var_29;
        wp::float32 var_30;
        wp::float32 var_31;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float32 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::float32 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::float32 adj_25 = {};
        wp::float32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::float32 adj_29 = {};
        wp::float32 adj_30 = {};
        wp::float32 adj_31 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                           <L 11>
        // i = wp.tid()                                                                           <L 12>
        var_0 = builtin_tid1d();
        // s = float(0.0)                                                                         <L 13>
        var_2 = wp::float(var_1);
        // for j in range(wp.static(N)):                                                          <L 14>
        // s += a[i] * float(j)                                                                   <L 15>
        var_4 = wp::address(var_a, var_0);
        var_5 = wp::float(var_3);
        var_7 = wp::load(var_4);
        var_6 = wp::mul(var_7, var_5);
        var_8 = wp::add(var_2, var_6);
        var_10 = wp::address(var_a, var_0);
        var_11 = wp::float(var_9);
        var_13 = wp::load(var_10);
        var_12 = wp::mul(var_13, var_11);
        var_14 = wp::add(var_8, var_12);
        var_16 = wp::address(var_a, var_0);
        var_17 = wp::float(var_15);
        var_19 = wp::load(var_16);
        var_18 = wp::mul(var_19, var_17);
        var_20 = wp::add(var_14, var_18);
        // for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):                  <L 16>
        // s += float(j)                                                                          <L 17>
        var_22 = wp::float(var_21);
        var_23 = wp::add(var_20, var_22);
        var_25 = wp::float(var_24);
        var_26 = wp::add(var_23, var_25);
        // for j in range(wp.static(N * 7)):                                                      <L 18>
        var_27 = 0;
        // out[i] = s                                                                             <L 20>
        // wp::array_store(var_out, var_0, var_26);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_26, adj_out, adj_0, adj_26);
        // adj: out[i] = s                                                                        <L 20>
        var_27 = 20;
        start_for_0:;
        	if (var_27 < 0) goto end_for_0;
        	var_28 = var_27;
        	var_27 -= 1;
        	adj_29 = {};
        	adj_30 = {};
        	adj_31 = {};
            // s += a[i]                                                                          <L 19>
            var_29 = wp::address(var_a, var_0);
            var_31 = wp::load(var_29);
            var_30 = wp::add(var_26, var_31);
            wp::assign(var_26, var_30);
            wp::adj_assign(var_26, var_30, adj_26, adj_30);
            wp::adj_add(var_26, var_31, adj_26, adj_29, adj_30);
            wp::adj_address(var_a, var_0, adj_a, adj_0, adj_29);
            // adj: s += a[i]                                                                     <L 19>
        	goto start_for_0;
        end_for_0:;
        // adj: for j in range(wp.static(N * 7)):                                                 <L 18>
        wp::adj_add(var_23, var_25, adj_23, adj_25, adj_26);
        wp::adj_float(var_24, adj_24, adj_25);
        wp::adj_add(var_20, var_22, adj_20, adj_22, adj_23);
        wp::adj_float(var_21, adj_21, adj_22);
        // adj: s += float(j)                                                                     <L 17>
        // adj: for j in range(wp.static(LO), wp.static(N + 2), wp.static(STEPS[0])):             <L 16>
        wp::adj_add(var_14, var_18, adj_14, adj_18, adj_20);
        wp::adj_mul(var_19, var_17, adj_16, adj_17, adj_18);
        wp::adj_float(var_15, adj_15, adj_17);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_16);
        wp::adj_add(var_8, var_12, adj_8, adj_12, adj_14);
        wp::adj_mul(var_13, var_11, adj_10, adj_11, adj_12);
        wp::adj_float(var_9, adj_9, adj_11);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_10);
        wp::adj_add(var_2, var_6, adj_2, adj_6, adj_8);
        wp::adj_mul(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_float(var_3, adj_3, adj_5);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
        // adj: s += a[i] * float(j)                                                              <L 15>
        // adj: for j in range(wp.static(N)):                                                     <L 14>
        wp::adj_float(var_1, adj_1, adj_2);
        // adj: s = float(0.0)                                                                    <L 13>
        // adj: i = wp.tid()                                                                      <L 12>
        // adj: def k(a: wp.array(dtype=float), out: wp.array(dtype=float)):                      <L 11>
        continue;
    }
}

