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


struct Params_e4028798
{
    wp::float32 gain;
    wp::vec_t<3, wp::float32> offset;


    Params_e4028798() = default;
    CUDA_CALLABLE Params_e4028798(wp::float32 const& gain,
    wp::vec_t<3, wp::float32> const& offset = {})
        : gain{gain}
        , offset{offset}

    {
    }

    CUDA_CALLABLE Params_e4028798& operator += (const Params_e4028798& rhs)
    {    gain += rhs.gain;
    offset += rhs.offset;

        return *this;}

};

static CUDA_CALLABLE void adj_Params_e4028798(wp::float32 const&,
    wp::vec_t<3, wp::float32> const&,
    wp::float32 & adj_gain,
    wp::vec_t<3, wp::float32> & adj_offset,
    Params_e4028798 & adj_ret)
{
    adj_gain += adj_ret.gain;
    adj_offset += adj_ret.offset;
}

// Required when compiling adjoints.
CUDA_CALLABLE Params_e4028798 add(const Params_e4028798& a, const Params_e4028798& b)
{
    return Params_e4028798();
}

CUDA_CALLABLE void adj_atomic_add(Params_e4028798* p, Params_e4028798 t)
{
    wp::adj_atomic_add(&p->gain, t.gain);
    wp::adj_atomic_add(&p->offset, t.offset);
}




// warpsynth/future_annotations.py:13
static CUDA_CALLABLE wp::vec_t<3, wp::float32> apply_0(
    Params_e4028798 var_p,
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def apply(p: Params, v: wp.vec3) -> wp.vec3:                                           <L 14>
    // return v * p.gain + p.offset                                                           <L 15>
    var_0 = &((var_p).gain);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_v, var_2);
    var_3 = &((var_p).offset);
    var_5 = wp::load(var_3);
    var_4 = wp::add(var_1, var_5);
    return var_4;
}


// warpsynth/future_annotations.py:13
static CUDA_CALLABLE void adj_apply_0(
    Params_e4028798 var_p,
    wp::vec_t<3, wp::float32> var_v,
    Params_e4028798 & adj_p,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::float32 var_2;
    wp::vec_t<3, wp::float32>* var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::float32 adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def apply(p: Params, v: wp.vec3) -> wp.vec3:                                           <L 14>
    // return v * p.gain + p.offset                                                           <L 15>
    var_0 = &((var_p).gain);
    var_2 = wp::load(var_0);
    var_1 = wp::mul(var_v, var_2);
    var_3 = &((var_p).offset);
    var_5 = wp::load(var_3);
    var_4 = wp::add(var_1, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_4 += adj_ret;
    wp::adj_add(var_1, var_5, adj_1, adj_3, adj_4);
    adj_p.offset += adj_3;
    wp::adj_mul(var_v, var_2, adj_v, adj_0, adj_1);
    adj_p.gain += adj_0;
    // adj: return v * p.gain + p.offset                                                      <L 15>
    // adj: def apply(p: Params, v: wp.vec3) -> wp.vec3:                                      <L 14>
    return;
}



extern "C" __global__ void k_2bda7c5f_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    Params_e4028798 var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_b)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        //---------
        // forward
        // def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):                    <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // a[i] = apply(p, a[i])                                                                  <L 21>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = apply_0(var_p, var_3);
        wp::array_store(var_a, var_0, var_2);
        // b[i, 0] = a[i][0]                                                                      <L 22>
        var_4 = wp::address(var_a, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        wp::array_store(var_b, var_0, var_8, var_6);
    }
}



extern "C" __global__ void k_2bda7c5f_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    Params_e4028798 var_p,
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::array_t<wp::float32> var_b,
    Params_e4028798 adj_p,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a,
    wp::array_t<wp::float32> adj_b)
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
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        wp::vec_t<3, wp::float32>* var_4;
        const wp::int32 var_5 = 0;
        wp::float32 var_6;
        wp::vec_t<3, wp::float32> var_7;
        const wp::int32 var_8 = 0;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::vec_t<3, wp::float32> adj_4 = {};
        wp::int32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::vec_t<3, wp::float32> adj_7 = {};
        wp::int32 adj_8 = {};
        //---------
        // forward
        // def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):                    <L 19>
        // i = wp.tid()                                                                           <L 20>
        var_0 = builtin_tid1d();
        // a[i] = apply(p, a[i])                                                                  <L 21>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = apply_0(var_p, var_3);
        // wp::array_store(var_a, var_0, var_2);
        // b[i, 0] = a[i][0]                                                                      <L 22>
        var_4 = wp::address(var_a, var_0);
        var_7 = wp::load(var_4);
        var_6 = wp::extract(var_7, var_5);
        // wp::array_store(var_b, var_0, var_8, var_6);
        //---------
        // reverse
        wp::adj_array_store(var_b, var_0, var_8, var_6, adj_b, adj_0, adj_8, adj_6);
        wp::adj_extract(var_7, var_5, adj_4, adj_5, adj_6);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_4);
        // adj: b[i, 0] = a[i][0]                                                                 <L 22>
        wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
        adj_apply_0(var_p, var_3, adj_p, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: a[i] = apply(p, a[i])                                                             <L 21>
        // adj: i = wp.tid()                                                                      <L 20>
        // adj: def k(p: Params, a: wp.array(dtype=wp.vec3), b: wp.array2d[float]):               <L 19>
        continue;
    }
}

