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


struct A_9f84434d
{
    wp::float32 x;


    A_9f84434d() = default;
    CUDA_CALLABLE A_9f84434d(wp::float32 const& x)
        : x{x}

    {
    }

    CUDA_CALLABLE A_9f84434d& operator += (const A_9f84434d& rhs)
    {    x += rhs.x;

        return *this;}

};

static CUDA_CALLABLE void adj_A_9f84434d(wp::float32 const&,
    wp::float32 & adj_x,
    A_9f84434d & adj_ret)
{
    adj_x += adj_ret.x;
}

// Required when compiling adjoints.
CUDA_CALLABLE A_9f84434d add(const A_9f84434d& a, const A_9f84434d& b)
{
    return A_9f84434d();
}

CUDA_CALLABLE void adj_atomic_add(A_9f84434d* p, A_9f84434d t)
{
    wp::adj_atomic_add(&p->x, t.x);
}




struct B_c44131cc
{
    wp::vec_t<2, wp::float32> y;
    wp::int16 z;


    B_c44131cc() = default;
    CUDA_CALLABLE B_c44131cc(wp::vec_t<2, wp::float32> const& y,
    wp::int16 const& z = {})
        : y{y}
        , z{z}

    {
    }

    CUDA_CALLABLE B_c44131cc& operator += (const B_c44131cc& rhs)
    {    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_B_c44131cc(wp::vec_t<2, wp::float32> const&,
    wp::int16 const&,
    wp::vec_t<2, wp::float32> & adj_y,
    wp::int16 & adj_z,
    B_c44131cc & adj_ret)
{
    adj_y += adj_ret.y;
    adj_z += adj_ret.z;
}

// Required when compiling adjoints.
CUDA_CALLABLE B_c44131cc add(const B_c44131cc& a, const B_c44131cc& b)
{
    return B_c44131cc();
}

CUDA_CALLABLE void adj_atomic_add(B_c44131cc* p, B_c44131cc t)
{
    wp::adj_atomic_add(&p->y, t.y);
    wp::adj_atomic_add(&p->z, t.z);
}




// warpsynth/structs_two_kernels.py:22
static CUDA_CALLABLE wp::float32 fa_0(
    A_9f84434d var_a)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // forward
    // def fa(a: A) -> float:                                                                 <L 23>
    // return a.x                                                                             <L 24>
    var_0 = &((var_a).x);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    return var_1;
}


// warpsynth/structs_two_kernels.py:27
static CUDA_CALLABLE B_c44131cc fb_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    B_c44131cc var_0;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // forward
    // def fb(x: float) -> B:                                                                 <L 28>
    // b = B()                                                                                <L 29>
    var_0 = B_c44131cc();
    // b.y = w.vec2(x, x)                                                                     <L 30>
    var_1 = wp::vec_t<2, wp::float32>(var_x, var_x);
    var_0.y = var_1;
    // return b                                                                               <L 31>
    return var_0;
}


// warpsynth/structs_two_kernels.py:22
static CUDA_CALLABLE void adj_fa_0(
    A_9f84434d var_a,
    A_9f84434d & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    //---------
    // forward
    // def fa(a: A) -> float:                                                                 <L 23>
    // return a.x                                                                             <L 24>
    var_0 = &((var_a).x);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_copy(var_2, adj_0, adj_1);
    adj_a.x += adj_0;
    // adj: return a.x                                                                        <L 24>
    // adj: def fa(a: A) -> float:                                                            <L 23>
    return;
}


// warpsynth/structs_two_kernels.py:27
static CUDA_CALLABLE void adj_fb_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    B_c44131cc & adj_ret)
{
    //---------
    // primal vars
    B_c44131cc var_0;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // dual vars
    B_c44131cc adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    //---------
    // forward
    // def fb(x: float) -> B:                                                                 <L 28>
    // b = B()                                                                                <L 29>
    var_0 = B_c44131cc();
    // b.y = w.vec2(x, x)                                                                     <L 30>
    var_1 = wp::vec_t<2, wp::float32>(var_x, var_x);
    var_0.y = var_1;
    // return b                                                                               <L 31>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return b                                                                          <L 31>
    adj_1 += adj_0.y;
    adj_0.y = {};
    wp::adj_vec_t(var_x, var_x, adj_x, adj_x, adj_1);
    // adj: b.y = w.vec2(x, x)                                                                <L 30>
    // adj: b = B()                                                                           <L 29>
    // adj: def fb(x: float) -> B:                                                            <L 28>
    return;
}



extern "C" __global__ void k1_4f7d7089_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    A_9f84434d var_a)
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
        B_c44131cc var_2;
        wp::vec_t<2, wp::float32>* var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // forward
        // def k1(out: w.array(dtype=float), a: A):                                               <L 35>
        // i = w.tid()                                                                            <L 36>
        var_0 = builtin_tid1d();
        // out[i] = fb(fa(a)).y[0]                                                                <L 37>
        var_1 = fa_0(var_a);
        var_2 = fb_0(var_1);
        var_3 = &(var_2.y);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        wp::array_store(var_out, var_0, var_5);
    }
}



extern "C" __global__ void k1_4f7d7089_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_out,
    A_9f84434d var_a,
    wp::array_t<wp::float32> adj_out,
    A_9f84434d adj_a)
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
        B_c44131cc var_2;
        wp::vec_t<2, wp::float32>* var_3;
        const wp::int32 var_4 = 0;
        wp::float32 var_5;
        wp::vec_t<2, wp::float32> var_6;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        B_c44131cc adj_2 = {};
        wp::vec_t<2, wp::float32> adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        //---------
        // forward
        // def k1(out: w.array(dtype=float), a: A):                                               <L 35>
        // i = w.tid()                                                                            <L 36>
        var_0 = builtin_tid1d();
        // out[i] = fb(fa(a)).y[0]                                                                <L 37>
        var_1 = fa_0(var_a);
        var_2 = fb_0(var_1);
        var_3 = &(var_2.y);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        // wp::array_store(var_out, var_0, var_5);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_5, adj_out, adj_0, adj_5);
        wp::adj_extract(var_6, var_4, adj_3, adj_4, adj_5);
        adj_2.y += adj_3;
        adj_fb_0(var_1, adj_1, adj_2);
        adj_fa_0(var_a, adj_a, adj_1);
        // adj: out[i] = fb(fa(a)).y[0]                                                           <L 37>
        // adj: i = w.tid()                                                                       <L 36>
        // adj: def k1(out: w.array(dtype=float), a: A):                                          <L 35>
        continue;
    }
}



extern "C" __global__ void k2_a9802768_cuda_kernel_forward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<B_c44131cc> var_bs,
    A_9f84434d var_a)
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
        B_c44131cc* var_2;
        wp::int16* var_3;
        wp::float32 var_4;
        wp::int16 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // forward
        // def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):                       <L 41>
        // i, j = w.tid()                                                                         <L 42>
        builtin_tid2d(var_0, var_1);
        // out[i] = float(bs[i, j].z) + a.x                                                       <L 43>
        var_2 = wp::address(var_bs, var_0, var_1);
        var_3 = &(((*wp::address(var_bs, var_0, var_1))).z);
        var_5 = wp::load(var_3);
        var_4 = wp::float(var_5);
        var_6 = &((var_a).x);
        var_8 = wp::load(var_6);
        var_7 = wp::add(var_4, var_8);
        wp::array_store(var_out, var_0, var_7);
    }
}



extern "C" __global__ void k2_a9802768_cuda_kernel_backward(
    wp::launch_bounds_t<2> dim,
    wp::array_t<wp::float32> var_out,
    wp::array_t<B_c44131cc> var_bs,
    A_9f84434d var_a,
    wp::array_t<wp::float32> adj_out,
    wp::array_t<B_c44131cc> adj_bs,
    A_9f84434d adj_a)
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
        B_c44131cc* var_2;
        wp::int16* var_3;
        wp::float32 var_4;
        wp::int16 var_5;
        wp::float32* var_6;
        wp::float32 var_7;
        wp::float32 var_8;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::int32 adj_1 = {};
        B_c44131cc adj_2 = {};
        wp::int16 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int16 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        //---------
        // forward
        // def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):                       <L 41>
        // i, j = w.tid()                                                                         <L 42>
        builtin_tid2d(var_0, var_1);
        // out[i] = float(bs[i, j].z) + a.x                                                       <L 43>
        var_2 = wp::address(var_bs, var_0, var_1);
        var_3 = &(((*wp::address(var_bs, var_0, var_1))).z);
        var_5 = wp::load(var_3);
        var_4 = wp::float(var_5);
        var_6 = &((var_a).x);
        var_8 = wp::load(var_6);
        var_7 = wp::add(var_4, var_8);
        // wp::array_store(var_out, var_0, var_7);
        //---------
        // reverse
        wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
        wp::adj_add(var_4, var_8, adj_4, adj_6, adj_7);
        adj_a.x += adj_6;
        wp::adj_float(var_5, adj_3, adj_4);
        adj_2.z = adj_3;
        wp::adj_address(var_bs, var_0, var_1, adj_bs, adj_0, adj_1, adj_2);
        // adj: out[i] = float(bs[i, j].z) + a.x                                                  <L 43>
        // adj: i, j = w.tid()                                                                    <L 42>
        // adj: def k2(out: w.array(dtype=float), bs: w.array2d(dtype=B), a: A):                  <L 41>
        continue;
    }
}

