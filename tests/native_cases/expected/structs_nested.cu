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


struct Leaf_72ca86cb
{
    wp::float64 w;
    wp::int8 k;


    Leaf_72ca86cb() = default;
    CUDA_CALLABLE Leaf_72ca86cb(wp::float64 const& w,
    wp::int8 const& k = {})
        : w{w}
        , k{k}

    {
    }

    CUDA_CALLABLE Leaf_72ca86cb& operator += (const Leaf_72ca86cb& rhs)
    {    w += rhs.w;

        return *this;}

};

static CUDA_CALLABLE void adj_Leaf_72ca86cb(wp::float64 const&,
    wp::int8 const&,
    wp::float64 & adj_w,
    wp::int8 & adj_k,
    Leaf_72ca86cb & adj_ret)
{
    adj_w += adj_ret.w;
    adj_k += adj_ret.k;
}

// Required when compiling adjoints.
CUDA_CALLABLE Leaf_72ca86cb add(const Leaf_72ca86cb& a, const Leaf_72ca86cb& b)
{
    return Leaf_72ca86cb();
}

CUDA_CALLABLE void adj_atomic_add(Leaf_72ca86cb* p, Leaf_72ca86cb t)
{
    wp::adj_atomic_add(&p->w, t.w);
    wp::adj_atomic_add(&p->k, t.k);
}




struct Inner_58c14701
{
    wp::float32 x;
    Leaf_72ca86cb leaf;


    Inner_58c14701() = default;
    CUDA_CALLABLE Inner_58c14701(wp::float32 const& x,
    Leaf_72ca86cb const& leaf = {})
        : x{x}
        , leaf{leaf}

    {
    }

    CUDA_CALLABLE Inner_58c14701& operator += (const Inner_58c14701& rhs)
    {    x += rhs.x;
    leaf += rhs.leaf;

        return *this;}

};

static CUDA_CALLABLE void adj_Inner_58c14701(wp::float32 const&,
    Leaf_72ca86cb const&,
    wp::float32 & adj_x,
    Leaf_72ca86cb & adj_leaf,
    Inner_58c14701 & adj_ret)
{
    adj_x += adj_ret.x;
    adj_leaf += adj_ret.leaf;
}

// Required when compiling adjoints.
CUDA_CALLABLE Inner_58c14701 add(const Inner_58c14701& a, const Inner_58c14701& b)
{
    return Inner_58c14701();
}

CUDA_CALLABLE void adj_atomic_add(Inner_58c14701* p, Inner_58c14701 t)
{
    wp::adj_atomic_add(&p->x, t.x);
    adj_atomic_add(&p->leaf, t.leaf);
}




struct Other_3a3eed0f
{
    wp::quat_t<wp::float32> q;


    Other_3a3eed0f() = default;
    CUDA_CALLABLE Other_3a3eed0f(wp::quat_t<wp::float32> const& q)
        : q{q}

    {
    }

    CUDA_CALLABLE Other_3a3eed0f& operator += (const Other_3a3eed0f& rhs)
    {    q += rhs.q;

        return *this;}

};

static CUDA_CALLABLE void adj_Other_3a3eed0f(wp::quat_t<wp::float32> const&,
    wp::quat_t<wp::float32> & adj_q,
    Other_3a3eed0f & adj_ret)
{
    adj_q += adj_ret.q;
}

// Required when compiling adjoints.
CUDA_CALLABLE Other_3a3eed0f add(const Other_3a3eed0f& a, const Other_3a3eed0f& b)
{
    return Other_3a3eed0f();
}

CUDA_CALLABLE void adj_atomic_add(Other_3a3eed0f* p, Other_3a3eed0f t)
{
    wp::adj_atomic_add(&p->q, t.q);
}




struct Outer_f756e683
{
    Inner_58c14701 inner;
    Other_3a3eed0f other;
    wp::float32 y;


    Outer_f756e683() = default;
    CUDA_CALLABLE Outer_f756e683(Inner_58c14701 const& inner,
    Other_3a3eed0f const& other = {},
    wp::float32 const& y = {})
        : inner{inner}
        , other{other}
        , y{y}

    {
    }

    CUDA_CALLABLE Outer_f756e683& operator += (const Outer_f756e683& rhs)
    {    inner += rhs.inner;
    other += rhs.other;
    y += rhs.y;

        return *this;}

};

static CUDA_CALLABLE void adj_Outer_f756e683(Inner_58c14701 const&,
    Other_3a3eed0f const&,
    wp::float32 const&,
    Inner_58c14701 & adj_inner,
    Other_3a3eed0f & adj_other,
    wp::float32 & adj_y,
    Outer_f756e683 & adj_ret)
{
    adj_inner += adj_ret.inner;
    adj_other += adj_ret.other;
    adj_y += adj_ret.y;
}

// Required when compiling adjoints.
CUDA_CALLABLE Outer_f756e683 add(const Outer_f756e683& a, const Outer_f756e683& b)
{
    return Outer_f756e683();
}

CUDA_CALLABLE void adj_atomic_add(Outer_f756e683* p, Outer_f756e683 t)
{
    adj_atomic_add(&p->inner, t.inner);
    adj_atomic_add(&p->other, t.other);
    wp::adj_atomic_add(&p->y, t.y);
}




// warpsynth/structs_nested.py:28
static CUDA_CALLABLE Inner_58c14701 make_inner_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    Inner_58c14701 var_0;
    //---------
    // forward
    // def make_inner(x: float) -> Inner:                                                     <L 29>
    // i = Inner()                                                                            <L 30>
    var_0 = Inner_58c14701();
    // i.x = x                                                                                <L 31>
    var_0.x = var_x;
    // return i                                                                               <L 32>
    return var_0;
}


// warpsynth/structs_nested.py:35
static CUDA_CALLABLE wp::float32 total_0(
    Outer_f756e683 var_o)
{
    //---------
    // primal vars
    Inner_58c14701* var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    Inner_58c14701* var_6;
    Leaf_72ca86cb* var_7;
    wp::float64* var_8;
    wp::float32 var_9;
    wp::float64 var_10;
    wp::float32 var_11;
    //---------
    // forward
    // def total(o: Outer) -> float:                                                          <L 36>
    // return o.inner.x + o.y + float(o.inner.leaf.w)                                         <L 37>
    var_0 = &((var_o).inner);
    var_1 = &(((var_o).inner).x);
    var_2 = &((var_o).y);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    var_6 = &((var_o).inner);
    var_7 = &(((var_o).inner).leaf);
    var_8 = &((((var_o).inner).leaf).w);
    var_10 = wp::load(var_8);
    var_9 = wp::float(var_10);
    var_11 = wp::add(var_3, var_9);
    return var_11;
}


// warpsynth/structs_nested.py:28
static CUDA_CALLABLE void adj_make_inner_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    Inner_58c14701 & adj_ret)
{
    //---------
    // primal vars
    Inner_58c14701 var_0;
    //---------
    // dual vars
    Inner_58c14701 adj_0 = {};
    //---------
    // forward
    // def make_inner(x: float) -> Inner:                                                     <L 29>
    // i = Inner()                                                                            <L 30>
    var_0 = Inner_58c14701();
    // i.x = x                                                                                <L 31>
    var_0.x = var_x;
    // return i                                                                               <L 32>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return i                                                                          <L 32>
    adj_x += adj_0.x;
    adj_0.x = {};
    // adj: i.x = x                                                                           <L 31>
    // adj: i = Inner()                                                                       <L 30>
    // adj: def make_inner(x: float) -> Inner:                                                <L 29>
    return;
}


// warpsynth/structs_nested.py:35
static CUDA_CALLABLE void adj_total_0(
    Outer_f756e683 var_o,
    Outer_f756e683 & adj_o,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    Inner_58c14701* var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    Inner_58c14701* var_6;
    Leaf_72ca86cb* var_7;
    wp::float64* var_8;
    wp::float32 var_9;
    wp::float64 var_10;
    wp::float32 var_11;
    //---------
    // dual vars
    Inner_58c14701 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    Inner_58c14701 adj_6 = {};
    Leaf_72ca86cb adj_7 = {};
    wp::float64 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float64 adj_10 = {};
    wp::float32 adj_11 = {};
    //---------
    // forward
    // def total(o: Outer) -> float:                                                          <L 36>
    // return o.inner.x + o.y + float(o.inner.leaf.w)                                         <L 37>
    var_0 = &((var_o).inner);
    var_1 = &(((var_o).inner).x);
    var_2 = &((var_o).y);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    var_6 = &((var_o).inner);
    var_7 = &(((var_o).inner).leaf);
    var_8 = &((((var_o).inner).leaf).w);
    var_10 = wp::load(var_8);
    var_9 = wp::float(var_10);
    var_11 = wp::add(var_3, var_9);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_11 += adj_ret;
    wp::adj_add(var_3, var_9, adj_3, adj_9, adj_11);
    wp::adj_float(var_10, adj_8, adj_9);
    adj_7.w += adj_8;
    adj_6.leaf += adj_7;
    adj_o.inner += adj_6;
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    adj_o.y += adj_2;
    adj_0.x += adj_1;
    adj_o.inner += adj_0;
    // adj: return o.inner.x + o.y + float(o.inner.leaf.w)                                    <L 37>
    // adj: def total(o: Outer) -> float:                                                     <L 36>
    return;
}



extern "C" __global__ void k_34875282_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    Outer_f756e683 var_s,
    wp::array_t<Outer_f756e683> var_os)
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
        Inner_58c14701* var_1;
        wp::float32* var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        Outer_f756e683* var_7;
        Inner_58c14701* var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 2.0;
        Inner_58c14701 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        Outer_f756e683* var_17;
        wp::float32 var_18;
        Outer_f756e683 var_19;
        wp::float32 var_20;
        Other_3a3eed0f* var_21;
        wp::quat_t<wp::float32>* var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        wp::quat_t<wp::float32> var_25;
        wp::float32 var_26;
        Outer_f756e683 var_27;
        wp::float32* var_28;
        Inner_58c14701 var_29;
        wp::float32 var_30;
        Inner_58c14701* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        Inner_58c14701* var_35;
        Leaf_72ca86cb* var_36;
        Leaf_72ca86cb var_37;
        Leaf_72ca86cb var_38;
        wp::float32 var_39;
        wp::int8* var_40;
        wp::float32 var_41;
        wp::int8 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 1.0;
        Inner_58c14701 var_45;
        Leaf_72ca86cb* var_46;
        wp::int8* var_47;
        wp::float32 var_48;
        wp::int8 var_49;
        wp::float32 var_50;
        //---------
        // forward
        // def k(a: wp.array(dtype=float), s: Outer, os: wp.array(dtype=Outer)):                  <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // a[i] = s.inner.x + s.y + os[i].inner.x + make_inner(2.0).x + total(os[i]) + s.other.q.x       <L 43>
        var_1 = &((var_s).inner);
        var_2 = &(((var_s).inner).x);
        var_3 = &((var_s).y);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        var_7 = wp::address(var_os, var_0);
        var_8 = &(((*wp::address(var_os, var_0))).inner);
        var_9 = &((((*wp::address(var_os, var_0))).inner).x);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_4, var_11);
        var_13 = make_inner_0(var_12);
        var_14 = &(var_13.x);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_10, var_16);
        var_17 = wp::address(var_os, var_0);
        var_19 = wp::load(var_17);
        var_18 = total_0(var_19);
        var_20 = wp::add(var_15, var_18);
        var_21 = &((var_s).other);
        var_22 = &(((var_s).other).q);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::add(var_20, var_24);
        wp::array_store(var_a, var_0, var_26);
        // t = Outer()                                                                            <L 44>
        var_27 = Outer_f756e683();
        // t.inner = make_inner(a[i])                                                             <L 45>
        var_28 = wp::address(var_a, var_0);
        var_30 = wp::load(var_28);
        var_29 = make_inner_0(var_30);
        var_27.inner = var_29;
        // t.y = t.inner.x                                                                        <L 46>
        var_31 = &((var_27).inner);
        var_32 = &(((var_27).inner).x);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        var_27.y = var_33;
        // n = t.inner.leaf                                                                       <L 47>
        var_35 = &((var_27).inner);
        var_36 = &(((var_27).inner).leaf);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // a[i] = total(t) + float(n.k) + float(make_inner(1.0).leaf.k)                           <L 48>
        var_39 = total_0(var_27);
        var_40 = &((var_37).k);
        var_42 = wp::load(var_40);
        var_41 = wp::float(var_42);
        var_43 = wp::add(var_39, var_41);
        var_45 = make_inner_0(var_44);
        var_46 = &(var_45.leaf);
        var_47 = &(var_46->k);
        var_49 = wp::load(var_47);
        var_48 = wp::float(var_49);
        var_50 = wp::add(var_43, var_48);
        wp::array_store(var_a, var_0, var_50);
    }
}



extern "C" __global__ void k_34875282_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    Outer_f756e683 var_s,
    wp::array_t<Outer_f756e683> var_os,
    wp::array_t<wp::float32> adj_a,
    Outer_f756e683 adj_s,
    wp::array_t<Outer_f756e683> adj_os)
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
        Inner_58c14701* var_1;
        wp::float32* var_2;
        wp::float32* var_3;
        wp::float32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        Outer_f756e683* var_7;
        Inner_58c14701* var_8;
        wp::float32* var_9;
        wp::float32 var_10;
        wp::float32 var_11;
        const wp::float32 var_12 = 2.0;
        Inner_58c14701 var_13;
        wp::float32* var_14;
        wp::float32 var_15;
        wp::float32 var_16;
        Outer_f756e683* var_17;
        wp::float32 var_18;
        Outer_f756e683 var_19;
        wp::float32 var_20;
        Other_3a3eed0f* var_21;
        wp::quat_t<wp::float32>* var_22;
        const wp::int32 var_23 = 0;
        wp::float32 var_24;
        wp::quat_t<wp::float32> var_25;
        wp::float32 var_26;
        Outer_f756e683 var_27;
        wp::float32* var_28;
        Inner_58c14701 var_29;
        wp::float32 var_30;
        Inner_58c14701* var_31;
        wp::float32* var_32;
        wp::float32 var_33;
        wp::float32 var_34;
        Inner_58c14701* var_35;
        Leaf_72ca86cb* var_36;
        Leaf_72ca86cb var_37;
        Leaf_72ca86cb var_38;
        wp::float32 var_39;
        wp::int8* var_40;
        wp::float32 var_41;
        wp::int8 var_42;
        wp::float32 var_43;
        const wp::float32 var_44 = 1.0;
        Inner_58c14701 var_45;
        Leaf_72ca86cb* var_46;
        wp::int8* var_47;
        wp::float32 var_48;
        wp::int8 var_49;
        wp::float32 var_50;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Inner_58c14701 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        Outer_f756e683 adj_7 = {};
        Inner_58c14701 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        Inner_58c14701 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::float32 adj_16 = {};
        Outer_f756e683 adj_17 = {};
        wp::float32 adj_18 = {};
        Outer_f756e683 adj_19 = {};
        wp::float32 adj_20 = {};
        Other_3a3eed0f adj_21 = {};
        wp::quat_t<wp::float32> adj_22 = {};
        wp::int32 adj_23 = {};
        wp::float32 adj_24 = {};
        wp::quat_t<wp::float32> adj_25 = {};
        wp::float32 adj_26 = {};
        Outer_f756e683 adj_27 = {};
        wp::float32 adj_28 = {};
        Inner_58c14701 adj_29 = {};
        wp::float32 adj_30 = {};
        Inner_58c14701 adj_31 = {};
        wp::float32 adj_32 = {};
        wp::float32 adj_33 = {};
        wp::float32 adj_34 = {};
        Inner_58c14701 adj_35 = {};
        Leaf_72ca86cb adj_36 = {};
        Leaf_72ca86cb adj_37 = {};
        Leaf_72ca86cb adj_38 = {};
        wp::float32 adj_39 = {};
        wp::int8 adj_40 = {};
        wp::float32 adj_41 = {};
        wp::int8 adj_42 = {};
        wp::float32 adj_43 = {};
        wp::float32 adj_44 = {};
        Inner_58c14701 adj_45 = {};
        Leaf_72ca86cb adj_46 = {};
        wp::int8 adj_47 = {};
        wp::float32 adj_48 = {};
        wp::int8 adj_49 = {};
        wp::float32 adj_50 = {};
        //---------
        // forward
        // def k(a: wp.array(dtype=float), s: Outer, os: wp.array(dtype=Outer)):                  <L 41>
        // i = wp.tid()                                                                           <L 42>
        var_0 = builtin_tid1d();
        // a[i] = s.inner.x + s.y + os[i].inner.x + make_inner(2.0).x + total(os[i]) + s.other.q.x       <L 43>
        var_1 = &((var_s).inner);
        var_2 = &(((var_s).inner).x);
        var_3 = &((var_s).y);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        var_7 = wp::address(var_os, var_0);
        var_8 = &(((*wp::address(var_os, var_0))).inner);
        var_9 = &((((*wp::address(var_os, var_0))).inner).x);
        var_11 = wp::load(var_9);
        var_10 = wp::add(var_4, var_11);
        var_13 = make_inner_0(var_12);
        var_14 = &(var_13.x);
        var_16 = wp::load(var_14);
        var_15 = wp::add(var_10, var_16);
        var_17 = wp::address(var_os, var_0);
        var_19 = wp::load(var_17);
        var_18 = total_0(var_19);
        var_20 = wp::add(var_15, var_18);
        var_21 = &((var_s).other);
        var_22 = &(((var_s).other).q);
        var_25 = wp::load(var_22);
        var_24 = wp::extract(var_25, var_23);
        var_26 = wp::add(var_20, var_24);
        // wp::array_store(var_a, var_0, var_26);
        // t = Outer()                                                                            <L 44>
        var_27 = Outer_f756e683();
        // t.inner = make_inner(a[i])                                                             <L 45>
        var_28 = wp::address(var_a, var_0);
        var_30 = wp::load(var_28);
        var_29 = make_inner_0(var_30);
        var_27.inner = var_29;
        // t.y = t.inner.x                                                                        <L 46>
        var_31 = &((var_27).inner);
        var_32 = &(((var_27).inner).x);
        var_34 = wp::load(var_32);
        var_33 = wp::copy(var_34);
        var_27.y = var_33;
        // n = t.inner.leaf                                                                       <L 47>
        var_35 = &((var_27).inner);
        var_36 = &(((var_27).inner).leaf);
        var_38 = wp::load(var_36);
        var_37 = wp::copy(var_38);
        // a[i] = total(t) + float(n.k) + float(make_inner(1.0).leaf.k)                           <L 48>
        var_39 = total_0(var_27);
        var_40 = &((var_37).k);
        var_42 = wp::load(var_40);
        var_41 = wp::float(var_42);
        var_43 = wp::add(var_39, var_41);
        var_45 = make_inner_0(var_44);
        var_46 = &(var_45.leaf);
        var_47 = &(var_46->k);
        var_49 = wp::load(var_47);
        var_48 = wp::float(var_49);
        var_50 = wp::add(var_43, var_48);
        // wp::array_store(var_a, var_0, var_50);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_50, adj_a, adj_0, adj_50);
        wp::adj_add(var_43, var_48, adj_43, adj_48, adj_50);
        wp::adj_float(var_49, adj_47, adj_48);
        adj_46.k = adj_47;
        adj_45.leaf += adj_46;
        adj_make_inner_0(var_44, adj_44, adj_45);
        wp::adj_add(var_39, var_41, adj_39, adj_41, adj_43);
        wp::adj_float(var_42, adj_40, adj_41);
        adj_37.k = adj_40;
        adj_total_0(var_27, adj_27, adj_39);
        // adj: a[i] = total(t) + float(n.k) + float(make_inner(1.0).leaf.k)                      <L 48>
        wp::adj_copy(var_38, adj_36, adj_37);
        adj_35.leaf += adj_36;
        adj_27.inner += adj_35;
        // adj: n = t.inner.leaf                                                                  <L 47>
        adj_33 += adj_27.y;
        adj_27.y = {};
        wp::adj_copy(var_34, adj_32, adj_33);
        adj_31.x += adj_32;
        adj_27.inner += adj_31;
        // adj: t.y = t.inner.x                                                                   <L 46>
        adj_29 += adj_27.inner;
        adj_27.inner = {};
        adj_make_inner_0(var_30, adj_28, adj_29);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_28);
        // adj: t.inner = make_inner(a[i])                                                        <L 45>
        // adj: t = Outer()                                                                       <L 44>
        wp::adj_array_store(var_a, var_0, var_26, adj_a, adj_0, adj_26);
        wp::adj_add(var_20, var_24, adj_20, adj_24, adj_26);
        wp::adj_extract(var_25, var_23, adj_22, adj_23, adj_24);
        adj_21.q += adj_22;
        adj_s.other += adj_21;
        wp::adj_add(var_15, var_18, adj_15, adj_18, adj_20);
        adj_total_0(var_19, adj_17, adj_18);
        wp::adj_address(var_os, var_0, adj_os, adj_0, adj_17);
        wp::adj_add(var_10, var_16, adj_10, adj_14, adj_15);
        adj_13.x += adj_14;
        adj_make_inner_0(var_12, adj_12, adj_13);
        wp::adj_add(var_4, var_11, adj_4, adj_9, adj_10);
        adj_8.x += adj_9;
        adj_7.inner += adj_8;
        wp::adj_address(var_os, var_0, adj_os, adj_0, adj_7);
        wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
        adj_s.y += adj_3;
        adj_1.x += adj_2;
        adj_s.inner += adj_1;
        // adj: a[i] = s.inner.x + s.y + os[i].inner.x + make_inner(2.0).x + total(os[i]) + s.other.q.x  <L 43>
        // adj: i = wp.tid()                                                                      <L 42>
        // adj: def k(a: wp.array(dtype=float), s: Outer, os: wp.array(dtype=Outer)):             <L 41>
        continue;
    }
}



extern "C" __global__ void k_store_c3db758e_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    Outer_f756e683 var_s)
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
        Outer_f756e683 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 3;
        wp::int8 var_6;
        wp::float32* var_7;
        wp::float64 var_8;
        wp::float32 var_9;
        wp::quat_t<wp::float32> var_10;
        Inner_58c14701* var_11;
        wp::float32* var_12;
        Other_3a3eed0f* var_13;
        wp::quat_t<wp::float32>* var_14;
        const wp::int32 var_15 = 3;
        wp::float32 var_16;
        wp::quat_t<wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        Inner_58c14701* var_20;
        Leaf_72ca86cb* var_21;
        wp::int8* var_22;
        wp::float32 var_23;
        wp::int8 var_24;
        wp::float32 var_25;
        //---------
        // forward
        // def k_store(a: wp.array(dtype=float), s: Outer):                                       <L 52>
        // i = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // t = Outer()                                                                            <L 54>
        var_1 = Outer_f756e683();
        // t.inner.x = a[i]                                                                       <L 55>
        var_2 = wp::address(var_a, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        var_1.inner.x = var_3;
        // t.inner.leaf.k = wp.int8(3)                                                            <L 56>
        var_6 = wp::int8(var_5);
        var_1.inner.leaf.k = var_6;
        // t.inner.leaf.w = wp.float64(a[i])                                                      <L 57>
        var_7 = wp::address(var_a, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::float64(var_9);
        var_1.inner.leaf.w = var_8;
        // s.other.q = wp.quat_identity()                                                         <L 58>
        var_10 = wp::quat_identity<wp::float32>();
        var_s.other.q = var_10;
        // a[i] = t.inner.x + s.other.q.w + float(t.inner.leaf.k)                                 <L 59>
        var_11 = &((var_1).inner);
        var_12 = &(((var_1).inner).x);
        var_13 = &((var_s).other);
        var_14 = &(((var_s).other).q);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_19 = wp::load(var_12);
        var_18 = wp::add(var_19, var_16);
        var_20 = &((var_1).inner);
        var_21 = &(((var_1).inner).leaf);
        var_22 = &((((var_1).inner).leaf).k);
        var_24 = wp::load(var_22);
        var_23 = wp::float(var_24);
        var_25 = wp::add(var_18, var_23);
        wp::array_store(var_a, var_0, var_25);
    }
}



extern "C" __global__ void k_store_c3db758e_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::array_t<wp::float32> var_a,
    Outer_f756e683 var_s,
    wp::array_t<wp::float32> adj_a,
    Outer_f756e683 adj_s)
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
        Outer_f756e683 var_1;
        wp::float32* var_2;
        wp::float32 var_3;
        wp::float32 var_4;
        const wp::int32 var_5 = 3;
        wp::int8 var_6;
        wp::float32* var_7;
        wp::float64 var_8;
        wp::float32 var_9;
        wp::quat_t<wp::float32> var_10;
        Inner_58c14701* var_11;
        wp::float32* var_12;
        Other_3a3eed0f* var_13;
        wp::quat_t<wp::float32>* var_14;
        const wp::int32 var_15 = 3;
        wp::float32 var_16;
        wp::quat_t<wp::float32> var_17;
        wp::float32 var_18;
        wp::float32 var_19;
        Inner_58c14701* var_20;
        Leaf_72ca86cb* var_21;
        wp::int8* var_22;
        wp::float32 var_23;
        wp::int8 var_24;
        wp::float32 var_25;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        Outer_f756e683 adj_1 = {};
        wp::float32 adj_2 = {};
        wp::float32 adj_3 = {};
        wp::float32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::int8 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float64 adj_8 = {};
        wp::float32 adj_9 = {};
        wp::quat_t<wp::float32> adj_10 = {};
        Inner_58c14701 adj_11 = {};
        wp::float32 adj_12 = {};
        Other_3a3eed0f adj_13 = {};
        wp::quat_t<wp::float32> adj_14 = {};
        wp::int32 adj_15 = {};
        wp::float32 adj_16 = {};
        wp::quat_t<wp::float32> adj_17 = {};
        wp::float32 adj_18 = {};
        wp::float32 adj_19 = {};
        Inner_58c14701 adj_20 = {};
        Leaf_72ca86cb adj_21 = {};
        wp::int8 adj_22 = {};
        wp::float32 adj_23 = {};
        wp::int8 adj_24 = {};
        wp::float32 adj_25 = {};
        //---------
        // forward
        // def k_store(a: wp.array(dtype=float), s: Outer):                                       <L 52>
        // i = wp.tid()                                                                           <L 53>
        var_0 = builtin_tid1d();
        // t = Outer()                                                                            <L 54>
        var_1 = Outer_f756e683();
        // t.inner.x = a[i]                                                                       <L 55>
        var_2 = wp::address(var_a, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        var_1.inner.x = var_3;
        // t.inner.leaf.k = wp.int8(3)                                                            <L 56>
        var_6 = wp::int8(var_5);
        var_1.inner.leaf.k = var_6;
        // t.inner.leaf.w = wp.float64(a[i])                                                      <L 57>
        var_7 = wp::address(var_a, var_0);
        var_9 = wp::load(var_7);
        var_8 = wp::float64(var_9);
        var_1.inner.leaf.w = var_8;
        // s.other.q = wp.quat_identity()                                                         <L 58>
        var_10 = wp::quat_identity<wp::float32>();
        var_s.other.q = var_10;
        // a[i] = t.inner.x + s.other.q.w + float(t.inner.leaf.k)                                 <L 59>
        var_11 = &((var_1).inner);
        var_12 = &(((var_1).inner).x);
        var_13 = &((var_s).other);
        var_14 = &(((var_s).other).q);
        var_17 = wp::load(var_14);
        var_16 = wp::extract(var_17, var_15);
        var_19 = wp::load(var_12);
        var_18 = wp::add(var_19, var_16);
        var_20 = &((var_1).inner);
        var_21 = &(((var_1).inner).leaf);
        var_22 = &((((var_1).inner).leaf).k);
        var_24 = wp::load(var_22);
        var_23 = wp::float(var_24);
        var_25 = wp::add(var_18, var_23);
        // wp::array_store(var_a, var_0, var_25);
        //---------
        // reverse
        wp::adj_array_store(var_a, var_0, var_25, adj_a, adj_0, adj_25);
        wp::adj_add(var_18, var_23, adj_18, adj_23, adj_25);
        wp::adj_float(var_24, adj_22, adj_23);
        adj_21.k = adj_22;
        adj_20.leaf += adj_21;
        adj_1.inner += adj_20;
        wp::adj_add(var_19, var_16, adj_12, adj_16, adj_18);
        wp::adj_extract(var_17, var_15, adj_14, adj_15, adj_16);
        adj_13.q += adj_14;
        adj_s.other += adj_13;
        adj_11.x += adj_12;
        adj_1.inner += adj_11;
        // adj: a[i] = t.inner.x + s.other.q.w + float(t.inner.leaf.k)                            <L 59>
        adj_10 += adj_s.other.q;
        adj_s.other.q = {};
        // adj: s.other.q = wp.quat_identity()                                                    <L 58>
        adj_8 += adj_1.inner.leaf.w;
        adj_1.inner.leaf.w = {};
        wp::adj_float64(var_9, adj_7, adj_8);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_7);
        // adj: t.inner.leaf.w = wp.float64(a[i])                                                 <L 57>
        adj_1.inner.leaf.k = {};
        // adj: t.inner.leaf.k = wp.int8(3)                                                       <L 56>
        adj_3 += adj_1.inner.x;
        adj_1.inner.x = {};
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_a, var_0, adj_a, adj_0, adj_2);
        // adj: t.inner.x = a[i]                                                                  <L 55>
        // adj: t = Outer()                                                                       <L 54>
        // adj: i = wp.tid()                                                                      <L 53>
        // adj: def k_store(a: wp.array(dtype=float), s: Outer):                                  <L 52>
        continue;
    }
}

