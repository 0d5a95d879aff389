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


// warpsynth/global_vector_components.py:22
static CUDA_CALLABLE wp::float32 only_component_0(
    wp::int32 var_b)
{
    //---------
    // primal vars
    const wp::vec_t<3, wp::float32> var_0 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::vec_t<4, wp::float32> var_4 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645};
    const wp::int32 var_5 = 2;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def only_component(b: int) -> float:                                                   <L 23>
    // d = wp.log(ORIGIN.y) + LIMITS.z                                                        <L 24>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::log(var_2);
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::add(var_3, var_6);
    // return d * float(b)                                                                    <L 25>
    var_8 = wp::float(var_b);
    var_9 = wp::mul(var_7, var_8);
    return var_9;
}


// warpsynth/global_vector_components.py:7
static CUDA_CALLABLE wp::float32 shifted_0(
    wp::float32 var_b)
{
    //---------
    // primal vars
    const wp::vec_t<3, wp::float32> var_0 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
    const wp::int32 var_1 = 2;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // forward
    // def shifted(b: float) -> float:                                                        <L 8>
    // return b + ORIGIN.z * ORIGIN[1]                                                        <L 9>
    var_2 = wp::extract(var_0, var_1);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::add(var_b, var_5);
    return var_6;
}


// warpsynth/global_vector_components.py:22
static CUDA_CALLABLE void adj_only_component_0(
    wp::int32 var_b,
    wp::int32 & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::vec_t<3, wp::float32> var_0 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
    const wp::int32 var_1 = 1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::vec_t<4, wp::float32> var_4 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645};
    const wp::int32 var_5 = 2;
    wp::float32 var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<4, wp::float32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def only_component(b: int) -> float:                                                   <L 23>
    // d = wp.log(ORIGIN.y) + LIMITS.z                                                        <L 24>
    var_2 = wp::extract(var_0, var_1);
    var_3 = wp::log(var_2);
    var_6 = wp::extract(var_4, var_5);
    var_7 = wp::add(var_3, var_6);
    // return d * float(b)                                                                    <L 25>
    var_8 = wp::float(var_b);
    var_9 = wp::mul(var_7, var_8);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_9 += adj_ret;
    wp::adj_mul(var_7, var_8, adj_7, adj_8, adj_9);
    wp::adj_float(var_b, adj_b, adj_8);
    // adj: return d * float(b)                                                               <L 25>
    wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
    wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
    wp::adj_log(var_2, adj_2, adj_3);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: d = wp.log(ORIGIN.y) + LIMITS.z                                                   <L 24>
    // adj: def only_component(b: int) -> float:                                              <L 23>
    return;
}


// warpsynth/global_vector_components.py:7
static CUDA_CALLABLE void adj_shifted_0(
    wp::float32 var_b,
    wp::float32 & adj_b,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::vec_t<3, wp::float32> var_0 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
    const wp::int32 var_1 = 2;
    wp::float32 var_2;
    const wp::int32 var_3 = 1;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    //---------
    // forward
    // def shifted(b: float) -> float:                                                        <L 8>
    // return b + ORIGIN.z * ORIGIN[1]                                                        <L 9>
    var_2 = wp::extract(var_0, var_1);
    var_4 = wp::extract(var_0, var_3);
    var_5 = wp::mul(var_2, var_4);
    var_6 = wp::add(var_b, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_add(var_b, var_5, adj_b, adj_5, adj_6);
    wp::adj_mul(var_2, var_4, adj_2, adj_4, adj_5);
    wp::adj_extract(var_0, var_3, adj_0, adj_3, adj_4);
    wp::adj_extract(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: return b + ORIGIN.z * ORIGIN[1]                                                   <L 9>
    // adj: def shifted(b: float) -> float:                                                   <L 8>
    return;
}



extern "C" __global__ void k2_92fd0deb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
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
        const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
        const wp::int32 var_3 = 1;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // forward
        // def k2(out: wp.array(dtype=float)):                                                    <L 29>
        // i = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // out[i] = only_component(i) + ORIGIN.y                                                  <L 31>
        var_1 = only_component_0(var_0);
        var_4 = wp::extract(var_2, var_3);
        var_5 = wp::add(var_1, var_4);
        wp::array_store(var_out, var_0, var_5);
    }
}



extern "C" __global__ void k2_92fd0deb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
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
        const wp::vec_t<3, wp::float32> var_2 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
        const wp::int32 var_3 = 1;
        wp::float32 var_4;
        wp::float32 var_5;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::int32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        //---------
        // forward
        // def k2(out: wp.array(dtype=float)):                                                    <L 29>
        // i = wp.tid()                                                                           <L 30>
        var_0 = builtin_tid1d();
        // out[i] = only_component(i) + ORIGIN.y                                                  <L 31>
        var_1 = only_component_0(var_0);
        var_4 = wp::extract(var_2, var_3);
        var_5 = wp::add(var_1, var_4);
        // wp::array_store(var_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_add(var_1, var_4, adj_1, adj_4, adj_5);
        wp::adj_extract(var_2, var_3, adj_2, adj_3, adj_4);
        adj_only_component_0(var_0, adj_0, adj_1);
        // adj: out[i] = only_component(i) + ORIGIN.y                                             <L 31>
        // adj: i = wp.tid()                                                                      <L 30>
        // adj: def k2(out: wp.array(dtype=float)):                                               <L 29>
        continue;
    }
}



extern "C" __global__ void k_bb7574e8_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v)
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
        const wp::vec_t<3, wp::float32> var_1 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
        const wp::int32 var_2 = 0;
        wp::float32 var_3;
        const wp::vec_t<4, wp::float32> var_4 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645};
        const wp::int32 var_5 = 3;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.15;
        bool var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def k(out: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                         <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // a = ORIGIN.x + LIMITS.w                                                                <L 15>
        var_3 = wp::extract(var_1, var_2);
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::add(var_3, var_6);
        // if LIMITS.y > 0.15:                                                                    <L 16>
        var_9 = wp::extract(var_4, var_8);
        var_11 = (var_9 > var_10);
        if (var_11) {
            // a += wp.length(ORIGIN)                                                             <L 17>
            var_12 = wp::length(var_1);
            var_13 = wp::add(var_7, var_12);
        }
        var_14 = wp::where(var_11, var_13, var_7);
        // v[i] = ORIGIN * ORIGIN.y                                                               <L 18>
        var_16 = wp::extract(var_1, var_15);
        var_17 = wp::mul(var_1, var_16);
        wp::array_store(var_v, var_0, var_17);
        // out[i] = shifted(a) + LIMITS.x                                                         <L 19>
        var_18 = shifted_0(var_14);
        var_20 = wp::extract(var_4, var_19);
        var_21 = wp::add(var_18, var_20);
        wp::array_store(var_out, var_0, var_21);
    }
}



extern "C" __global__ void k_bb7574e8_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<wp::vec_t<3, wp::float32>> var_v,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v)
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
        const wp::vec_t<3, wp::float32> var_1 = wp::initializer_array<3,wp::float32>{5.590000152587891, 9.600000381469727, -100.0};
        const wp::int32 var_2 = 0;
        wp::float32 var_3;
        const wp::vec_t<4, wp::float32> var_4 = wp::initializer_array<4,wp::float32>{0.10000000149011612, 0.20000000298023224, 0.30000001192092896, 0.4000000059604645};
        const wp::int32 var_5 = 3;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::int32 var_8 = 1;
        wp::float32 var_9;
        const wp::float32 var_10 = 0.15;
        bool var_11;
        wp::float32 var_12;
        wp::float32 var_13;
        wp::float32 var_14;
        const wp::int32 var_15 = 1;
        wp::float32 var_16;
        wp::vec_t<3, wp::float32> var_17;
        wp::float32 var_18;
        const wp::int32 var_19 = 0;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::int32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::vec_t<4, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::int32 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::int32 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def k(out: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                         <L 13>
        // i = wp.tid()                                                                           <L 14>
        var_0 = builtin_tid1d();
        // a = ORIGIN.x + LIMITS.w                                                                <L 15>
        var_3 = wp::extract(var_1, var_2);
        var_6 = wp::extract(var_4, var_5);
        var_7 = wp::add(var_3, var_6);
        // if LIMITS.y > 0.15:                                                                    <L 16>
        var_9 = wp::extract(var_4, var_8);
        var_11 = (var_9 > var_10);
        if (var_11) {
            // a += wp.length(ORIGIN)                                                             <L 17>
            var_12 = wp::length(var_1);
            var_13 = wp::add(var_7, var_12);
        }
        var_14 = wp::where(var_11, var_13, var_7);
        // v[i] = ORIGIN * ORIGIN.y                                                               <L 18>
        var_16 = wp::extract(var_1, var_15);
        var_17 = wp::mul(var_1, var_16);
        // wp::array_store(var_v, var_0, var_17);
        // out[i] = shifted(a) + LIMITS.x                                                         <L 19>
        var_18 = shifted_0(var_14);
        var_20 = wp::extract(var_4, var_19);
        var_21 = wp::add(var_18, var_20);
        // wp::array_store(var_out, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_21, adj_out, adj_0, adj_21);
        wp::adj_add(var_18, var_20, adj_18, adj_20, adj_21);
        wp::adj_extract(var_4, var_19, adj_4, adj_19, adj_20);
        adj_shifted_0(var_14, adj_14, adj_18);
        // adj: out[i] = shifted(a) + LIMITS.x                                                    <L 19>
        wp::adj_array_store(var_v, var_0, var_17, adj_v, adj_0, adj_17);
        wp::adj_mul(var_1, var_16, adj_1, adj_16, adj_17);
        wp::adj_extract(var_1, var_15, adj_1, adj_15, adj_16);
        // adj: v[i] = ORIGIN * ORIGIN.y                                                          <L 18>
        wp::adj_where(var_11, var_13, var_7, adj_11, adj_13, adj_7, adj_14);
        if (var_11) {
            wp::adj_add(var_7, var_12, adj_7, adj_12, adj_13);
            wp::adj_length(var_1, var_12, adj_1, adj_12);
            // adj: a += wp.length(ORIGIN)                                                        <L 17>
        }
        wp::adj_extract(var_4, var_8, adj_4, adj_8, adj_9);
        // adj: if LIMITS.y > 0.15:                                                               <L 16>
        wp::adj_add(var_3, var_6, adj_3, adj_6, adj_7);
        wp::adj_extract(var_4, var_5, adj_4, adj_5, adj_6);
        wp::adj_extract(var_1, var_2, adj_1, adj_2, adj_3);
        // adj: a = ORIGIN.x + LIMITS.w                                                           <L 15>
        // adj: i = wp.tid()                                                                      <L 14>
        // adj: def k(out: wp.array(dtype=float), v: wp.array(dtype=wp.vec3)):                    <L 13>
        continue;
    }
}

