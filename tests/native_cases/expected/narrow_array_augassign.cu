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



extern "C" __global__ void narrow_ints_425c600f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int8> var_a,
    wp::array_t<wp::uint16> var_b,
    wp::array_t<wp::int16> var_c,
    wp::array_t<wp::uint8> var_d,
    wp::int32 var_n)
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
        wp::int8* var_1;
        const wp::int32 var_2 = 3;
        wp::int8 var_3;
        wp::int8 var_4;
        wp::int8 var_5;
        wp::int8* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int8* var_10;
        wp::int8 var_11;
        wp::int8 var_12;
        wp::int8 var_13;
        const wp::int32 var_14 = 1;
        wp::uint16* var_15;
        wp::uint16 var_16;
        wp::uint16 var_17;
        wp::uint16 var_18;
        wp::int16* var_19;
        const wp::int32 var_20 = 2;
        wp::int16 var_21;
        wp::int16 var_22;
        wp::int16 var_23;
        wp::uint8* var_24;
        const wp::int32 var_25 = 7;
        wp::uint8 var_26;
        wp::uint8 var_27;
        wp::uint8 var_28;
        //---------
        // forward
        // def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // a[i] += wp.int8(3)                                                                     <L 17>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::int8(var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::add(var_5, var_3);
        wp::array_store(var_a, var_0, var_4);
        // a[i] -= a[(i + 1) % n]                                                                 <L 18>
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::add(var_0, var_7);
        var_9 = wp::mod(var_8, var_n);
        var_10 = wp::address(var_a, var_9);
        var_12 = wp::load(var_6);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        wp::array_store(var_a, var_0, var_11);
        // b[i, 1] += wp.uint16(n)                                                                <L 19>
        var_15 = wp::address(var_b, var_0, var_14);
        var_16 = wp::uint16(var_n);
        var_18 = wp::load(var_15);
        var_17 = wp::add(var_18, var_16);
        wp::array_store(var_b, var_0, var_14, var_17);
        // c[i] *= wp.int16(2)                                                                    <L 20>
        var_19 = wp::address(var_c, var_0);
        var_21 = wp::int16(var_20);
        var_23 = wp::load(var_19);
        var_22 = wp::mul(var_23, var_21);
        wp::array_store(var_c, var_0, var_22);
        // d[i] ^= wp.uint8(7)                                                                    <L 21>
        var_24 = wp::address(var_d, var_0);
        var_26 = wp::uint8(var_25);
        var_28 = wp::load(var_24);
        var_27 = wp::bit_xor(var_28, var_26);
        wp::array_store(var_d, var_0, var_27);
    }
}



extern "C" __global__ void narrow_ints_425c600f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int8> var_a,
    wp::array_t<wp::uint16> var_b,
    wp::array_t<wp::int16> var_c,
    wp::array_t<wp::uint8> var_d,
    wp::int32 var_n,
    wp::array_t<wp::int8> adj_a,
    wp::array_t<wp::uint16> adj_b,
    wp::array_t<wp::int16> adj_c,
    wp::array_t<wp::uint8> adj_d,
    wp::int32 adj_n)
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
        wp::int8* var_1;
        const wp::int32 var_2 = 3;
        wp::int8 var_3;
        wp::int8 var_4;
        wp::int8 var_5;
        wp::int8* var_6;
        const wp::int32 var_7 = 1;
        wp::int32 var_8;
        wp::int32 var_9;
        wp::int8* var_10;
        wp::int8 var_11;
        wp::int8 var_12;
        wp::int8 var_13;
        const wp::int32 var_14 = 1;
        wp::uint16* var_15;
        wp::uint16 var_16;
        wp::uint16 var_17;
        wp::uint16 var_18;
        wp::int16* var_19;
        const wp::int32 var_20 = 2;
        wp::int16 var_21;
        wp::int16 var_22;
        wp::int16 var_23;
        wp::uint8* var_24;
        const wp::int32 var_25 = 7;
        wp::uint8 var_26;
        wp::uint8 var_27;
        wp::uint8 var_28;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int8 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int8 adj_3 = {};
        wp::int8 adj_4 = {};
        wp::int8 adj_5 = {};
        wp::int8 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int8 adj_10 = {};
        wp::int8 adj_11 = {};
        wp::int8 adj_12 = {};
        wp::int8 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::uint16 adj_15 = {};
        wp::uint16 adj_16 = {};
        wp::uint16 adj_17 = {};
        wp::uint16 adj_18 = {};
        wp::int16 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int16 adj_21 = {};
        wp::int16 adj_22 = {};
        wp::int16 adj_23 = {};
        wp::uint8 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::uint8 adj_26 = {};
        wp::uint8 adj_27 = {};
        wp::uint8 adj_28 = {};
        //---------
        // forward
        // def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):       <L 15>
        // i = wp.tid()                                                                           <L 16>
        var_0 = builtin_tid1d();
        // a[i] += wp.int8(3)                                                                     <L 17>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::int8(var_2);
        var_5 = wp::load(var_1);
        var_4 = wp::add(var_5, var_3);
        // wp::array_store(var_a, var_0, var_4);
        // a[i] -= a[(i + 1) % n]                                                                 <L 18>
        var_6 = wp::address(var_a, var_0);
        var_8 = wp::add(var_0, var_7);
        var_9 = wp::mod(var_8, var_n);
        var_10 = wp::address(var_a, var_9);
        var_12 = wp::load(var_6);
        var_13 = wp::load(var_10);
        var_11 = wp::sub(var_12, var_13);
        // wp::array_store(var_a, var_0, var_11);
        // b[i, 1] += wp.uint16(n)                                                                <L 19>
        var_15 = wp::address(var_b, var_0, var_14);
        var_16 = wp::uint16(var_n);
        var_18 = wp::load(var_15);
        var_17 = wp::add(var_18, var_16);
        // wp::array_store(var_b, var_0, var_14, var_17);
        // c[i] *= wp.int16(2)                                                                    <L 20>
        var_19 = wp::address(var_c, var_0);
        var_21 = wp::int16(var_20);
        var_23 = wp::load(var_19);
        var_22 = wp::mul(var_23, var_21);
        // wp::array_store(var_c, var_0, var_22);
        // d[i] ^= wp.uint8(7)                                                                    <L 21>
        var_24 = wp::address(var_d, var_0);
        var_26 = wp::uint8(var_25);
        var_28 = wp::load(var_24);
        var_27 = wp::bit_xor(var_28, var_26);
        // wp::array_store(var_d, var_0, var_27);
        //---------
        // reverse
        wp::adj_array_store(var_d, var_0, var_27, adj_d, adj_0, adj_27);
        wp::adj_address(var_d, var_0, adj_d, adj_0, adj_24);
        // adj: d[i] ^= wp.uint8(7)                                                               <L 21>
        wp::adj_array_store(var_c, var_0, var_22, adj_c, adj_0, adj_22);
        wp::adj_mul(var_23, var_21, adj_19, adj_21, adj_22);
        wp::adj_address(var_c, var_0, adj_c, adj_0, adj_19);
        // adj: c[i] *= wp.int16(2)                                                               <L 20>
        wp::adj_array_store(var_b, var_0, var_14, var_17, adj_b, adj_0, adj_14, adj_17);
        wp::adj_add(var_18, var_16, adj_15, adj_16, adj_17);
        wp::adj_address(var_b, var_0, var_14, adj_b, adj_0, adj_14, adj_15);
        // adj: b[i, 1] += wp.uint16(n)                                                           <L 19>
        wp::adj_array_store(var_a, var_0, var_11, adj_a, adj_0, adj_11);
        wp::adj_sub(var_12, var_13, adj_6, adj_10, adj_11);
        wp::adj_address(var_a, var_9, adj_a, adj_9, adj_10);
        wp::adj_mod(var_8, var_n, adj_8, adj_n, adj_9);
        wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
        // adj: a[i] -= a[(i + 1) % n]                                                            <L 18>
        wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
        wp::adj_add(var_5, var_3, adj_1, adj_3, adj_4);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] += wp.int8(3)                                                                <L 17>
        // adj: i = wp.tid()                                                                      <L 16>
        // adj: def narrow_ints(a: wp.array(dtype=wp.int8), b: wp.array2d(dtype=wp.uint16), c: wp.array(dtype=wp.int16), d: wp.array(dtype=wp.uint8), n: int):  <L 15>
        continue;
    }
}



extern "C" __global__ void non_atomic_ops_49775301_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float64> var_g,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_k)
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
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float64* var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        const wp::float32 var_19 = 3.0;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32* var_22;
        const wp::int32 var_23 = 5;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        wp::int32 var_29;
        //---------
        // forward
        // def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):       <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // f[i] *= 2.0                                                                            <L 27>
        var_1 = wp::address(var_f, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        wp::array_store(var_f, var_0, var_3);
        // f[i] /= f[(i + 1) % 4]                                                                 <L 28>
        var_5 = wp::address(var_f, var_0);
        var_7 = wp::add(var_0, var_6);
        var_9 = wp::mod(var_7, var_8);
        var_10 = wp::address(var_f, var_9);
        var_12 = wp::load(var_5);
        var_13 = wp::load(var_10);
        var_11 = wp::div(var_12, var_13);
        wp::array_store(var_f, var_0, var_11);
        // g[i] *= wp.float64(0.5)                                                                <L 29>
        var_14 = wp::address(var_g, var_0);
        var_15 = 0.5;
        var_17 = wp::load(var_14);
        var_16 = wp::mul(var_17, var_15);
        wp::array_store(var_g, var_0, var_16);
        // v[i] *= 3.0                                                                            <L 30>
        var_18 = wp::address(var_v, var_0);
        var_21 = wp::load(var_18);
        var_20 = wp::mul(var_21, var_19);
        wp::array_store(var_v, var_0, var_20);
        // k[i] %= 5                                                                              <L 31>
        var_22 = wp::address(var_k, var_0);
        var_25 = wp::load(var_22);
        var_24 = wp::mod(var_25, var_23);
        wp::array_store(var_k, var_0, var_24);
        // k[i] //= 2                                                                             <L 32>
        var_26 = wp::address(var_k, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::floordiv(var_29, var_27);
        wp::array_store(var_k, var_0, var_28);
    }
}



extern "C" __global__ void non_atomic_ops_49775301_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float64> var_g,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::int32> var_k,
    wp::array_t<wp::float32> adj_f,
    wp::array_t<wp::float64> adj_g,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v,
    wp::array_t<wp::int32> adj_k)
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
        const wp::float32 var_2 = 2.0;
        wp::float32 var_3;
        wp::float32 var_4;
        wp::float32* var_5;
        const wp::int32 var_6 = 1;
        wp::int32 var_7;
        const wp::int32 var_8 = 4;
        wp::int32 var_9;
        wp::float32* var_10;
        wp::float32 var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float64* var_14;
        wp::float64 var_15;
        wp::float64 var_16;
        wp::float64 var_17;
        wp::vec_t<3, wp::float32>* var_18;
        const wp::float32 var_19 = 3.0;
        wp::vec_t<3, wp::float32> var_20;
        wp::vec_t<3, wp::float32> var_21;
        wp::int32* var_22;
        const wp::int32 var_23 = 5;
        wp::int32 var_24;
        wp::int32 var_25;
        wp::int32* var_26;
        const wp::int32 var_27 = 2;
        wp::int32 var_28;
        wp::int32 var_29;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float64 adj_14 = {};
        wp::float64 adj_15 = {};
        wp::float64 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::float32 adj_19 = {};
        wp::vec_t<3, wp::float32> adj_20 = {};
        wp::vec_t<3, wp::float32> adj_21 = {};
        wp::int32 adj_22 = {};
        wp::int32 adj_23 = {};
        wp::int32 adj_24 = {};
        wp::int32 adj_25 = {};
        wp::int32 adj_26 = {};
        wp::int32 adj_27 = {};
        wp::int32 adj_28 = {};
        wp::int32 adj_29 = {};
        //---------
        // forward
        // def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):       <L 25>
        // i = wp.tid()                                                                           <L 26>
        var_0 = builtin_tid1d();
        // f[i] *= 2.0                                                                            <L 27>
        var_1 = wp::address(var_f, var_0);
        var_4 = wp::load(var_1);
        var_3 = wp::mul(var_4, var_2);
        // wp::array_store(var_f, var_0, var_3);
        // f[i] /= f[(i + 1) % 4]                                                                 <L 28>
        var_5 = wp::address(var_f, var_0);
        var_7 = wp::add(var_0, var_6);
        var_9 = wp::mod(var_7, var_8);
        var_10 = wp::address(var_f, var_9);
        var_12 = wp::load(var_5);
        var_13 = wp::load(var_10);
        var_11 = wp::div(var_12, var_13);
        // wp::array_store(var_f, var_0, var_11);
        // g[i] *= wp.float64(0.5)                                                                <L 29>
        var_14 = wp::address(var_g, var_0);
        var_15 = 0.5;
        var_17 = wp::load(var_14);
        var_16 = wp::mul(var_17, var_15);
        // wp::array_store(var_g, var_0, var_16);
        // v[i] *= 3.0                                                                            <L 30>
        var_18 = wp::address(var_v, var_0);
        var_21 = wp::load(var_18);
        var_20 = wp::mul(var_21, var_19);
        // wp::array_store(var_v, var_0, var_20);
        // k[i] %= 5                                                                              <L 31>
        var_22 = wp::address(var_k, var_0);
        var_25 = wp::load(var_22);
        var_24 = wp::mod(var_25, var_23);
        // wp::array_store(var_k, var_0, var_24);
        // k[i] //= 2                                                                             <L 32>
        var_26 = wp::address(var_k, var_0);
        var_29 = wp::load(var_26);
        var_28 = wp::floordiv(var_29, var_27);
        // wp::array_store(var_k, var_0, var_28);
        //---------
        // reverse
        wp::adj_array_store(var_k, var_0, var_28, adj_k, adj_0, adj_28);
        wp::adj_address(var_k, var_0, adj_k, adj_0, adj_26);
        // adj: k[i] //= 2                                                                        <L 32>
        wp::adj_array_store(var_k, var_0, var_24, adj_k, adj_0, adj_24);
        wp::adj_mod(var_25, var_23, adj_22, adj_23, adj_24);
        wp::adj_address(var_k, var_0, adj_k, adj_0, adj_22);
        // adj: k[i] %= 5                                                                         <L 31>
        wp::adj_array_store(var_v, var_0, var_20, adj_v, adj_0, adj_20);
        wp::adj_mul(var_21, var_19, adj_18, adj_19, adj_20);
        wp::adj_address(var_v, var_0, adj_v, adj_0, adj_18);
        // adj: v[i] *= 3.0                                                                       <L 30>
        wp::adj_array_store(var_g, var_0, var_16, adj_g, adj_0, adj_16);
        wp::adj_mul(var_17, var_15, adj_14, adj_15, adj_16);
        wp::adj_address(var_g, var_0, adj_g, adj_0, adj_14);
        // adj: g[i] *= wp.float64(0.5)                                                           <L 29>
        wp::adj_array_store(var_f, var_0, var_11, adj_f, adj_0, adj_11);
        wp::adj_div(var_12, var_13, var_11, adj_5, adj_10, adj_11);
        wp::adj_address(var_f, var_9, adj_f, adj_9, adj_10);
        wp::adj_mod(var_7, var_8, adj_7, adj_8, adj_9);
        wp::adj_add(var_0, var_6, adj_0, adj_6, adj_7);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_5);
        // adj: f[i] /= f[(i + 1) % 4]                                                            <L 28>
        wp::adj_array_store(var_f, var_0, var_3, adj_f, adj_0, adj_3);
        wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: f[i] *= 2.0                                                                       <L 27>
        // adj: i = wp.tid()                                                                      <L 26>
        // adj: def non_atomic_ops(f: wp.array(dtype=float), g: wp.array(dtype=wp.float64), v: wp.array(dtype=wp.vec3), k: wp.array(dtype=int)):  <L 25>
        continue;
    }
}



extern "C" __global__ void half_atomics_51496f7d_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::vec_t<4, wp::float16>> var_hv,
    wp::array_t<wp::float32> var_f)
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
        wp::float16 var_2;
        wp::float32 var_3;
        wp::float16 var_4;
        const wp::float32 var_5 = 1.5;
        wp::float16 var_6;
        wp::float16 var_7;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 0.1;
        wp::float16 var_10;
        wp::float32* var_11;
        wp::float16 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = -0.25;
        wp::float16 var_15;
        const wp::float32 var_16 = 0.01;
        wp::float16 var_17;
        wp::vec_t<4, wp::float16> var_18;
        wp::vec_t<4, wp::float16> var_19;
        const wp::float32 var_20 = 2.0;
        wp::float16 var_21;
        wp::float16 var_22;
        wp::float16 var_23;
        //---------
        // forward
        // def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // h[i] += wp.float16(f[i])                                                               <L 7>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float16(var_3);
        var_4 = wp::atomic_add(var_h, var_0, var_2);
        // h[i] -= wp.float16(1.5)                                                                <L 8>
        var_6 = wp::float16(var_5);
        var_7 = wp::atomic_sub(var_h, var_0, var_6);
        // hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))       <L 9>
        var_10 = wp::float16(var_9);
        var_11 = wp::address(var_f, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::float16(var_13);
        var_15 = wp::float16(var_14);
        var_17 = wp::float16(var_16);
        var_18 = wp::vec_t<4, wp::float16>(var_10, var_12, var_15, var_17);
        var_19 = wp::atomic_sub(var_hv, var_0, var_8, var_18);
        // old = wp.atomic_add(h, i, wp.float16(2.0))                                             <L 10>
        var_21 = wp::float16(var_20);
        var_22 = wp::atomic_add(var_h, var_0, var_21);
        // wp.atomic_sub(h, i, old)                                                               <L 11>
        var_23 = wp::atomic_sub(var_h, var_0, var_22);
    }
}



extern "C" __global__ void half_atomics_51496f7d_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float16> var_h,
    wp::array_t<wp::vec_t<4, wp::float16>> var_hv,
    wp::array_t<wp::float32> var_f,
    wp::array_t<wp::float16> adj_h,
    wp::array_t<wp::vec_t<4, wp::float16>> adj_hv,
    wp::array_t<wp::float32> adj_f)
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
        wp::float16 var_2;
        wp::float32 var_3;
        wp::float16 var_4;
        const wp::float32 var_5 = 1.5;
        wp::float16 var_6;
        wp::float16 var_7;
        const wp::int32 var_8 = 0;
        const wp::float32 var_9 = 0.1;
        wp::float16 var_10;
        wp::float32* var_11;
        wp::float16 var_12;
        wp::float32 var_13;
        const wp::float32 var_14 = -0.25;
        wp::float16 var_15;
        const wp::float32 var_16 = 0.01;
        wp::float16 var_17;
        wp::vec_t<4, wp::float16> var_18;
        wp::vec_t<4, wp::float16> var_19;
        const wp::float32 var_20 = 2.0;
        wp::float16 var_21;
        wp::float16 var_22;
        wp::float16 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::float16 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float16 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float16 adj_6 = {};
        wp::float16 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float16 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float16 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float16 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float16 adj_17 = {};
        wp::vec_t<4, wp::float16> adj_18 = {};
        wp::vec_t<4, wp::float16> adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float16 adj_21 = {};
        wp::float16 adj_22 = {};
        wp::float16 adj_23 = {};
        //---------
        // forward
        // def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):       <L 5>
        // i = wp.tid()                                                                           <L 6>
        var_0 = builtin_tid1d();
        // h[i] += wp.float16(f[i])                                                               <L 7>
        var_1 = wp::address(var_f, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::float16(var_3);
        // var_4 = wp::atomic_add(var_h, var_0, var_2);
        // h[i] -= wp.float16(1.5)                                                                <L 8>
        var_6 = wp::float16(var_5);
        // var_7 = wp::atomic_sub(var_h, var_0, var_6);
        // hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))       <L 9>
        var_10 = wp::float16(var_9);
        var_11 = wp::address(var_f, var_0);
        var_13 = wp::load(var_11);
        var_12 = wp::float16(var_13);
        var_15 = wp::float16(var_14);
        var_17 = wp::float16(var_16);
        var_18 = wp::vec_t<4, wp::float16>(var_10, var_12, var_15, var_17);
        // var_19 = wp::atomic_sub(var_hv, var_0, var_8, var_18);
        // old = wp.atomic_add(h, i, wp.float16(2.0))                                             <L 10>
        var_21 = wp::float16(var_20);
        // var_22 = wp::atomic_add(var_h, var_0, var_21);
        // wp.atomic_sub(h, i, old)                                                               <L 11>
        // var_23 = wp::atomic_sub(var_h, var_0, var_22);
        //---------
        // reverse
        wp::adj_atomic_sub(var_h, var_0, var_22, adj_h, adj_0, adj_22, adj_23);
        // adj: wp.atomic_sub(h, i, old)                                                          <L 11>
        wp::adj_atomic_add(var_h, var_0, var_21, adj_h, adj_0, adj_21, adj_22);
        wp::adj_float16(var_20, adj_20, adj_21);
        // adj: old = wp.atomic_add(h, i, wp.float16(2.0))                                        <L 10>
        wp::adj_atomic_sub(var_hv, var_0, var_8, var_18, adj_hv, adj_0, adj_8, adj_18, adj_19);
        wp::adj_vec_t(var_10, var_12, var_15, var_17, adj_10, adj_12, adj_15, adj_17, adj_18);
        wp::adj_float16(var_16, adj_16, adj_17);
        wp::adj_float16(var_14, adj_14, adj_15);
        wp::adj_float16(var_13, adj_11, adj_12);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_11);
        wp::adj_float16(var_9, adj_9, adj_10);
        // adj: hv[i, 0] -= wp.vec4h(wp.float16(0.1), wp.float16(f[i]), wp.float16(-0.25), wp.float16(0.01))  <L 9>
        wp::adj_atomic_sub(var_h, var_0, var_6, adj_h, adj_0, adj_6, adj_7);
        wp::adj_float16(var_5, adj_5, adj_6);
        // adj: h[i] -= wp.float16(1.5)                                                           <L 8>
        wp::adj_atomic_add(var_h, var_0, var_2, adj_h, adj_0, adj_2, adj_4);
        wp::adj_float16(var_3, adj_1, adj_2);
        wp::adj_address(var_f, var_0, adj_f, adj_0, adj_1);
        // adj: h[i] += wp.float16(f[i])                                                          <L 7>
        // adj: i = wp.tid()                                                                      <L 6>
        // adj: def half_atomics(h: wp.array(dtype=wp.float16), hv: wp.array2d(dtype=wp.vec4h), f: wp.array(dtype=float)):  <L 5>
        continue;
    }
}



extern "C" __global__ void bitwise_atomics_cd773b7f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::uint64> var_b,
    wp::array_t<wp::vec_t<3, wp::int32>> var_c,
    wp::int32 var_n)
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
        wp::int32 var_1;
        const wp::int32 var_2 = 4;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::uint64 var_11;
        wp::uint64 var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 2;
        const wp::int32 var_15 = 3;
        wp::vec_t<3, wp::int32> var_16;
        wp::vec_t<3, wp::int32> var_17;
        const wp::int32 var_18 = 7;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::uint64 var_22;
        wp::uint64 var_23;
        //---------
        // forward
        // def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):       <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // a[i] &= n                                                                              <L 38>
        var_1 = wp::atomic_and(var_a, var_0, var_n);
        // a[i] |= 4                                                                              <L 39>
        var_3 = wp::atomic_or(var_a, var_0, var_2);
        // a[(i + 1) % n] ^= a[i]                                                                 <L 40>
        var_5 = wp::add(var_0, var_4);
        var_6 = wp::mod(var_5, var_n);
        var_7 = wp::address(var_a, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::atomic_xor(var_a, var_6, var_9);
        // b[i, 0] |= wp.uint64(n)                                                                <L 41>
        var_11 = wp::uint64(var_n);
        var_12 = wp::atomic_or(var_b, var_0, var_10, var_11);
        // c[i] ^= wp.vec3i(1, 2, 3)                                                              <L 42>
        var_16 = wp::vec_t<3, wp::int32>(var_13, var_14, var_15);
        var_17 = wp::atomic_xor(var_c, var_0, var_16);
        // old = wp.atomic_and(a, i, 7)                                                           <L 43>
        var_19 = wp::atomic_and(var_a, var_0, var_18);
        // wp.atomic_or(a, i, old)                                                                <L 44>
        var_20 = wp::atomic_or(var_a, var_0, var_19);
        // wp.atomic_xor(b, i, 1, wp.uint64(3))                                                   <L 45>
        var_22 = 3ull;
        var_23 = wp::atomic_xor(var_b, var_0, var_21, var_22);
    }
}



extern "C" __global__ void bitwise_atomics_cd773b7f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::uint64> var_b,
    wp::array_t<wp::vec_t<3, wp::int32>> var_c,
    wp::int32 var_n,
    wp::array_t<wp::int32> adj_a,
    wp::array_t<wp::uint64> adj_b,
    wp::array_t<wp::vec_t<3, wp::int32>> adj_c,
    wp::int32 adj_n)
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
        wp::int32 var_1;
        const wp::int32 var_2 = 4;
        wp::int32 var_3;
        const wp::int32 var_4 = 1;
        wp::int32 var_5;
        wp::int32 var_6;
        wp::int32* var_7;
        wp::int32 var_8;
        wp::int32 var_9;
        const wp::int32 var_10 = 0;
        wp::uint64 var_11;
        wp::uint64 var_12;
        const wp::int32 var_13 = 1;
        const wp::int32 var_14 = 2;
        const wp::int32 var_15 = 3;
        wp::vec_t<3, wp::int32> var_16;
        wp::vec_t<3, wp::int32> var_17;
        const wp::int32 var_18 = 7;
        wp::int32 var_19;
        wp::int32 var_20;
        const wp::int32 var_21 = 1;
        wp::uint64 var_22;
        wp::uint64 var_23;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int32 adj_6 = {};
        wp::int32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::int32 adj_9 = {};
        wp::int32 adj_10 = {};
        wp::uint64 adj_11 = {};
        wp::uint64 adj_12 = {};
        wp::int32 adj_13 = {};
        wp::int32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::vec_t<3, wp::int32> adj_16 = {};
        wp::vec_t<3, wp::int32> adj_17 = {};
        wp::int32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::int32 adj_20 = {};
        wp::int32 adj_21 = {};
        wp::uint64 adj_22 = {};
        wp::uint64 adj_23 = {};
        //---------
        // forward
        // def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):       <L 36>
        // i = wp.tid()                                                                           <L 37>
        var_0 = builtin_tid1d();
        // a[i] &= n                                                                              <L 38>
        // var_1 = wp::atomic_and(var_a, var_0, var_n);
        // a[i] |= 4                                                                              <L 39>
        // var_3 = wp::atomic_or(var_a, var_0, var_2);
        // a[(i + 1) % n] ^= a[i]                                                                 <L 40>
        var_5 = wp::add(var_0, var_4);
        var_6 = wp::mod(var_5, var_n);
        var_7 = wp::address(var_a, var_0);
        var_9 = wp::load(var_7);
        // var_8 = wp::atomic_xor(var_a, var_6, var_9);
        // b[i, 0] |= wp.uint64(n)                                                                <L 41>
        var_11 = wp::uint64(var_n);
        // var_12 = wp::atomic_or(var_b, var_0, var_10, var_11);
        // c[i] ^= wp.vec3i(1, 2, 3)                                                              <L 42>
        var_16 = wp::vec_t<3, wp::int32>(var_13, var_14, var_15);
        // var_17 = wp::atomic_xor(var_c, var_0, var_16);
        // old = wp.atomic_and(a, i, 7)                                                           <L 43>
        // var_19 = wp::atomic_and(var_a, var_0, var_18);
        // wp.atomic_or(a, i, old)                                                                <L 44>
        // var_20 = wp::atomic_or(var_a, var_0, var_19);
        // wp.atomic_xor(b, i, 1, wp.uint64(3))                                                   <L 45>
        var_22 = 3ull;
        // var_23 = wp::atomic_xor(var_b, var_0, var_21, var_22);
        //---------
        // reverse
        // adj: wp.atomic_xor(b, i, 1, wp.uint64(3))                                              <L 45>
        // adj: wp.atomic_or(a, i, old)                                                           <L 44>
        // adj: old = wp.atomic_and(a, i, 7)                                                      <L 43>
        wp::adj_vec_t(var_13, var_14, var_15, adj_13, adj_14, adj_15, adj_16);
        // adj: c[i] ^= wp.vec3i(1, 2, 3)                                                         <L 42>
        // adj: b[i, 0] |= wp.uint64(n)                                                           <L 41>
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
        wp::adj_mod(var_5, var_n, adj_5, adj_n, adj_6);
        wp::adj_add(var_0, var_4, adj_0, adj_4, adj_5);
        // adj: a[(i + 1) % n] ^= a[i]                                                            <L 40>
        // adj: a[i] |= 4                                                                         <L 39>
        // adj: a[i] &= n                                                                         <L 38>
        // adj: i = wp.tid()                                                                      <L 37>
        // adj: def bitwise_atomics(a: wp.array(dtype=int), b: wp.array2d(dtype=wp.uint64), c: wp.array(dtype=wp.vec3i), n: int):  <L 36>
        continue;
    }
}

