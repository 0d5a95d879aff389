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


struct B_71567f69
{
    wp::float32 x;
    wp::int32 n;


    B_71567f69() = default;
    CUDA_CALLABLE B_71567f69(wp::float32 const& x,
    wp::int32 const& n = {})
        : x{x}
        , n{n}

    {
    }

    CUDA_CALLABLE B_71567f69& operator += (const B_71567f69& rhs)
    {    x += rhs.x;
    n += rhs.n;

        return *this;}

};

static CUDA_CALLABLE void adj_B_71567f69(wp::float32 const&,
    wp::int32 const&,
    wp::float32 & adj_x,
    wp::int32 & adj_n,
    B_71567f69 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_n += adj_ret.n;
}

// Required when compiling adjoints.
CUDA_CALLABLE B_71567f69 add(const B_71567f69& a, const B_71567f69& b)
{
    return B_71567f69();
}

CUDA_CALLABLE void adj_atomic_add(B_71567f69* p, B_71567f69 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    wp::adj_atomic_add(&p->n, t.n);
}




struct A_777634c1
{
    wp::vec_t<2, wp::float32> v;
    wp::float64 f;


    A_777634c1() = default;
    CUDA_CALLABLE A_777634c1(wp::vec_t<2, wp::float32> const& v,
    wp::float64 const& f = {})
        : v{v}
        , f{f}

    {
    }

    CUDA_CALLABLE A_777634c1& operator += (const A_777634c1& rhs)
    {    v += rhs.v;
    f += rhs.f;

        return *this;}

};

static CUDA_CALLABLE void adj_A_777634c1(wp::vec_t<2, wp::float32> const&,
    wp::float64 const&,
    wp::vec_t<2, wp::float32> & adj_v,
    wp::float64 & adj_f,
    A_777634c1 & adj_ret)
{
    adj_v += adj_ret.v;
    adj_f += adj_ret.f;
}

// Required when compiling adjoints.
CUDA_CALLABLE A_777634c1 add(const A_777634c1& a, const A_777634c1& b)
{
    return A_777634c1();
}

CUDA_CALLABLE void adj_atomic_add(A_777634c1* p, A_777634c1 t)
{
    wp::adj_atomic_add(&p->v, t.v);
    wp::adj_atomic_add(&p->f, t.f);
}




// warpsynth/structs_constructors_order.py:16
static CUDA_CALLABLE B_71567f69 mk_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    B_71567f69 var_1;
    //---------
    // forward
    // def mk(x: float) -> B:                                                                 <L 17>
    // return B(x, 2)                                                                         <L 18>
    var_1 = B_71567f69(var_x, var_0);
    return var_1;
}


// warpsynth/structs_constructors_order.py:16
static CUDA_CALLABLE void adj_mk_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    B_71567f69 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 2;
    B_71567f69 var_1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    B_71567f69 adj_1 = {};
    //---------
    // forward
    // def mk(x: float) -> B:                                                                 <L 17>
    // return B(x, 2)                                                                         <L 18>
    var_1 = B_71567f69(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    adj_B_71567f69(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return B(x, 2)                                                                    <L 18>
    // adj: def mk(x: float) -> B:                                                            <L 17>
    return;
}



extern "C" __global__ void k_18303dd7_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<B_71567f69> var_bs,
    A_777634c1 var_sa)
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
        B_71567f69 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 2.0;
        wp::vec_t<2, wp::float32> var_6;
        wp::float64 var_7;
        A_777634c1 var_8;
        wp::float32* var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        B_71567f69 var_14;
        B_71567f69 var_15;
        wp::float32* var_16;
        wp::float64* var_17;
        wp::float32 var_18;
        wp::float64 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), bs: wp.array(dtype=B), sa: A):                         <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // b = mk(a[i])                                                                           <L 24>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = mk_0(var_3);
        // c = A(wp.vec2(1.0, 2.0), wp.float64(3.0))                                              <L 25>
        var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
        var_7 = 3.0;
        var_8 = A_777634c1(var_6, var_7);
        // if a[i] > 0.0:                                                                         <L 26>
        var_9 = wp::address(var_a, var_0);
        var_12 = wp::load(var_9);
        var_11 = (var_12 > var_10);
        if (var_11) {
            // b = mk(2.0)                                                                        <L 27>
            var_14 = mk_0(var_13);
        }
        var_15 = wp::where(var_11, var_14, var_2);
        // bs[i] = b                                                                              <L 28>
        wp::array_store(var_bs, var_0, var_15);
        // a[i] = b.x + float(c.f)                                                                <L 29>
        var_16 = &((var_15).x);
        var_17 = &((var_8).f);
        var_19 = wp::load(var_17);
        var_18 = wp::float(var_19);
        var_21 = wp::load(var_16);
        var_20 = wp::add(var_21, var_18);
        wp::array_store(var_a, var_0, var_20);
    }
}



extern "C" __global__ void k_18303dd7_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    wp::array_t<B_71567f69> var_bs,
    A_777634c1 var_sa,
    wp::array_t<wp::float32> adj_a,
    wp::array_t<B_71567f69> adj_bs,
    A_777634c1 adj_sa)
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
        B_71567f69 var_2;
        wp::float32 var_3;
        const wp::float32 var_4 = 1.0;
        const wp::float32 var_5 = 2.0;
        wp::vec_t<2, wp::float32> var_6;
        wp::float64 var_7;
        A_777634c1 var_8;
        wp::float32* var_9;
        const wp::float32 var_10 = 0.0;
        bool var_11;
        wp::float32 var_12;
        const wp::float32 var_13 = 2.0;
        B_71567f69 var_14;
        B_71567f69 var_15;
        wp::float32* var_16;
        wp::float64* var_17;
        wp::float32 var_18;
        wp::float64 var_19;
        wp::float32 var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::float32 adj_1 = {};
        B_71567f69 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::vec_t<2, wp::float32> adj_6 = {};
        wp::float64 adj_7 = {};
        A_777634c1 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        bool adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        B_71567f69 adj_14 = {};
        B_71567f69 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::float64 adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float64 adj_19 = {};
        wp::float32 adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), bs: wp.array(dtype=B), sa: A):                         <L 22>
        // i = wp.tid()                                                                           <L 23>
        var_0 = builtin_tid1d();
        // b = mk(a[i])                                                                           <L 24>
        var_1 = wp::address(var_a, var_0);
        var_3 = wp::load(var_1);
        var_2 = mk_0(var_3);
        // c = A(wp.vec2(1.0, 2.0), wp.float64(3.0))                                              <L 25>
        var_6 = wp::vec_t<2, wp::float32>(var_4, var_5);
        var_7 = 3.0;
        var_8 = A_777634c1(var_6, var_7);
        // if a[i] > 0.0:                                                                         <L 26>
        var_9 = wp::address(var_a, var_0);
        var_12 = wp::load(var_9);
        var_11 = (var_12 > var_10);
        if (var_11) {
            // b = mk(2.0)                                                                        <L 27>
            var_14 = mk_0(var_13);
        }
        var_15 = wp::where(var_11, var_14, var_2);
        // bs[i] = b                                                                              <L 28>
        // wp::array_store(var_bs, var_0, var_15);
        // a[i] = b.x + float(c.f)                                                                <L 29>
        var_16 = &((var_15).x);
        var_17 = &((var_8).f);
        var_19 = wp::load(var_17);
        var_18 = wp::float(var_19);
        var_21 = wp::load(var_16);
        var_20 = wp::add(var_21, var_18);
        // wp::array_store(var_a, var_0, var_20);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_20, adj_a, adj_0, adj_20);
        wp::adj_add(var_21, var_18, adj_16, adj_18, adj_20);
        wp::adj_float(var_19, adj_17, adj_18);
        adj_8.f += adj_17;
        adj_15.x += adj_16;
        // adj: a[i] = b.x + float(c.f)                                                           <L 29>
        wp::adj_array_store(var_bs, var_0, var_15, adj_bs, adj_0, adj_15);
        // adj: bs[i] = b                                                                         <L 28>
        wp::adj_where(var_11, var_14, var_2, adj_11, adj_14, adj_2, adj_15);
        if (var_11) {
            adj_mk_0(var_13, adj_13, adj_14);
            // adj: b = mk(2.0)                                                                   <L 27>
        }
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_9);
        // adj: if a[i] > 0.0:                                                                    <L 26>
        adj_A_777634c1(var_6, var_7, adj_6, adj_7, adj_8);
        wp::adj_vec_t(var_4, var_5, adj_4, adj_5, adj_6);
        // adj: c = A(wp.vec2(1.0, 2.0), wp.float64(3.0))                                         <L 25>
        adj_mk_0(var_3, adj_1, adj_2);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
        // adj: b = mk(a[i])                                                                      <L 24>
        // adj: i = wp.tid()                                                                      <L 23>
        // adj: def k(a: wp.array(dtype=float), bs: wp.array(dtype=B), sa: A):                    <L 22>
        continue;
    }
}

