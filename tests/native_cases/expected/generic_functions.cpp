#define WP_NO_BFLOAT16

#define WP_TILE_BLOCK_DIM 256
#define WP_NO_CRT
#include "builtin.h"
#include "deterministic.h"

#define builtin_tid1d() wp::linear_tid<wp_linear_tid>(task_index, dim)
#define builtin_tid2d(x, y) wp::tid(x, y, task_index, dim)
#define builtin_tid3d(x, y, z) wp::tid(x, y, z, task_index, dim)
#define builtin_tid4d(x, y, z, w) wp::tid(x, y, z, w, task_index, dim)

#define builtin_block_dim() wp::block_dim()


// avoid namespacing of float type for casting to float type, this is to avoid wp::float(x), which is not valid in C++
#define float(x) cast_float(x)
#define adj_float(x, adj_x, adj_ret) adj_cast_float(x, adj_x, adj_ret)

#define int(x) cast_int(x)
#define adj_int(x, adj_x, adj_ret) adj_cast_int(x, adj_x, adj_ret)


struct Pair_be4f5d64
{
    wp::float32 a;
    wp::float32 b;


    Pair_be4f5d64() = default;
    CUDA_CALLABLE Pair_be4f5d64(wp::float32 const& a,
    wp::float32 const& b = {})
        : a{a}
        , b{b}

    {
    }

    CUDA_CALLABLE Pair_be4f5d64& operator += (const Pair_be4f5d64& rhs)
    {    a += rhs.a;
    b += rhs.b;

        return *this;}

};

static CUDA_CALLABLE void adj_Pair_be4f5d64(wp::float32 const&,
    wp::float32 const&,
    wp::float32 & adj_a,
    wp::float32 & adj_b,
    Pair_be4f5d64 & adj_ret)
{
    adj_a += adj_ret.a;
    adj_b += adj_ret.b;
}

// Required when compiling adjoints.
CUDA_CALLABLE Pair_be4f5d64 add(const Pair_be4f5d64& a, const Pair_be4f5d64& b)
{
    return Pair_be4f5d64();
}

CUDA_CALLABLE void adj_atomic_add(Pair_be4f5d64* p, Pair_be4f5d64 t)
{
    wp::adj_atomic_add(&p->a, t.a);
    wp::adj_atomic_add(&p->b, t.b);
}




// warpsynth/generic_functions.py:0
static wp::float32 twice_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_functions.py:0
static void add_at_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_v)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    wp::array_store(var_a, var_i, var_2);
}


// warpsynth/generic_functions.py:0
static wp::vec_t<3, wp::float32> twice_0(
    wp::vec_t<3, wp::float32> var_x)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_functions.py:0
static void add_at_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::int32 var_i,
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    wp::array_store(var_a, var_i, var_2);
}


// warpsynth/generic_functions.py:0
static wp::int32 twice_0(
    wp::int32 var_x)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_functions.py:0
static void add_at_0(
    wp::array_t<wp::int32> var_a,
    wp::int32 var_i,
    wp::int32 var_v)
{
    //---------
    // primal vars
    wp::int32* var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    wp::array_store(var_a, var_i, var_2);
}


// warpsynth/generic_functions.py:0
static wp::float32 first_0(
    wp::array_t<wp::float32> var_a)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def first(a: wp.array[Any]):                                                           <L 1>
    // return a[0]                                                                            <L 2>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    return var_2;
}


// warpsynth/generic_functions.py:0
static wp::float32 pair_sum_0(
    Pair_be4f5d64 var_p)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def pair_sum(p: Any):                                                                  <L 1>
    // return p.a + p.b                                                                       <L 2>
    var_0 = &((var_p).a);
    var_1 = &((var_p).b);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    return var_2;
}


// warpsynth/generic_functions.py:0
static wp::int32 first_0(
    wp::array_t<wp::int32> var_a)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // forward
    // def first(a: wp.array[Any]):                                                           <L 1>
    // return a[0]                                                                            <L 2>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    return var_2;
}


// warpsynth/generic_functions.py:0
static wp::float16 twice_0(
    wp::float16 var_x)
{
    //---------
    // primal vars
    wp::float16 var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/generic_functions.py:0
static void add_at_0(
    wp::array_t<wp::float16> var_a,
    wp::int32 var_i,
    wp::float16 var_v)
{
    //---------
    // primal vars
    wp::float16* var_0;
    wp::float16 var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    wp::array_store(var_a, var_i, var_2);
}


// warpsynth/generic_functions.py:0
static void adj_twice_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any):                                                                <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_add_at_0(
    wp::array_t<wp::float32> var_a,
    wp::int32 var_i,
    wp::float32 var_v,
    wp::array_t<wp::float32> & adj_a,
    wp::int32 & adj_i,
    wp::float32 & adj_v)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    // wp::array_store(var_a, var_i, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_2, adj_a, adj_i, adj_2);
    wp::adj_add(var_3, var_1, adj_0, adj_1, adj_2);
    adj_twice_0(var_v, adj_v, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: a[i] = a[i] + twice(v)                                                            <L 2>
    // adj: def add_at(a: wp.array(dtype=Any), i: int, v: Any):                               <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_twice_0(
    wp::vec_t<3, wp::float32> var_x,
    wp::vec_t<3, wp::float32> & adj_x,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any):                                                                <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_add_at_0(
    wp::array_t<wp::vec_t<3, wp::float32>> var_a,
    wp::int32 var_i,
    wp::vec_t<3, wp::float32> var_v,
    wp::array_t<wp::vec_t<3, wp::float32>> & adj_a,
    wp::int32 & adj_i,
    wp::vec_t<3, wp::float32> & adj_v)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32>* var_0;
    wp::vec_t<3, wp::float32> var_1;
    wp::vec_t<3, wp::float32> var_2;
    wp::vec_t<3, wp::float32> var_3;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    // wp::array_store(var_a, var_i, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_2, adj_a, adj_i, adj_2);
    wp::adj_add(var_3, var_1, adj_0, adj_1, adj_2);
    adj_twice_0(var_v, adj_v, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: a[i] = a[i] + twice(v)                                                            <L 2>
    // adj: def add_at(a: wp.array(dtype=Any), i: int, v: Any):                               <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_twice_0(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    wp::int32 var_0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any):                                                                <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_add_at_0(
    wp::array_t<wp::int32> var_a,
    wp::int32 var_i,
    wp::int32 var_v,
    wp::array_t<wp::int32> & adj_a,
    wp::int32 & adj_i,
    wp::int32 & adj_v)
{
    //---------
    // primal vars
    wp::int32* var_0;
    wp::int32 var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    // wp::array_store(var_a, var_i, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_2, adj_a, adj_i, adj_2);
    wp::adj_add(var_3, var_1, adj_0, adj_1, adj_2);
    adj_twice_0(var_v, adj_v, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: a[i] = a[i] + twice(v)                                                            <L 2>
    // adj: def add_at(a: wp.array(dtype=Any), i: int, v: Any):                               <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_first_0(
    wp::array_t<wp::float32> var_a,
    wp::array_t<wp::float32> & adj_a,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    //---------
    // forward
    // def first(a: wp.array[Any]):                                                           <L 1>
    // return a[0]                                                                            <L 2>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return a[0]                                                                       <L 2>
    // adj: def first(a: wp.array[Any]):                                                      <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_pair_sum_0(
    Pair_be4f5d64 var_p,
    Pair_be4f5d64 & adj_p,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def pair_sum(p: Any):                                                                  <L 1>
    // return p.a + p.b                                                                       <L 2>
    var_0 = &((var_p).a);
    var_1 = &((var_p).b);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_add(var_3, var_4, adj_0, adj_1, adj_2);
    adj_p.b += adj_1;
    adj_p.a += adj_0;
    // adj: return p.a + p.b                                                                  <L 2>
    // adj: def pair_sum(p: Any):                                                             <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_first_0(
    wp::array_t<wp::int32> var_a,
    wp::array_t<wp::int32> & adj_a,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 0;
    wp::int32* var_1;
    wp::int32 var_2;
    wp::int32 var_3;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    //---------
    // forward
    // def first(a: wp.array[Any]):                                                           <L 1>
    // return a[0]                                                                            <L 2>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = wp::copy(var_3);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_2 += adj_ret;
    wp::adj_copy(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: return a[0]                                                                       <L 2>
    // adj: def first(a: wp.array[Any]):                                                      <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_twice_0(
    wp::float16 var_x,
    wp::float16 & adj_x,
    wp::float16 & adj_ret)
{
    //---------
    // primal vars
    wp::float16 var_0;
    //---------
    // dual vars
    wp::float16 adj_0 = {};
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_add(var_x, var_x, adj_x, adj_x, adj_0);
    // adj: return x + x                                                                      <L 2>
    // adj: def twice(x: Any):                                                                <L 1>
    return;
}


// warpsynth/generic_functions.py:0
static void adj_add_at_0(
    wp::array_t<wp::float16> var_a,
    wp::int32 var_i,
    wp::float16 var_v,
    wp::array_t<wp::float16> & adj_a,
    wp::int32 & adj_i,
    wp::float16 & adj_v)
{
    //---------
    // primal vars
    wp::float16* var_0;
    wp::float16 var_1;
    wp::float16 var_2;
    wp::float16 var_3;
    //---------
    // dual vars
    wp::float16 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::float16 adj_3 = {};
    //---------
    // forward
    // def add_at(a: wp.array(dtype=Any), i: int, v: Any):                                    <L 1>
    // a[i] = a[i] + twice(v)                                                                 <L 2>
    var_0 = wp::address(var_a, var_i);
    var_1 = twice_0(var_v);
    var_3 = wp::load(var_0);
    var_2 = wp::add(var_3, var_1);
    // wp::array_store(var_a, var_i, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_i, var_2, adj_a, adj_i, adj_2);
    wp::adj_add(var_3, var_1, adj_0, adj_1, adj_2);
    adj_twice_0(var_v, adj_v, adj_1);
    wp::adj_address(var_a, var_i, adj_a, adj_i, adj_0);
    // adj: a[i] = a[i] + twice(v)                                                            <L 2>
    // adj: def add_at(a: wp.array(dtype=Any), i: int, v: Any):                               <L 1>
    return;
}

struct wp_args_k_64a45dab {
    wp::array_t<wp::float32> f;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::int32> n;
    Pair_be4f5d64 p;
};


template <bool wp_linear_contiguous>
static void k_64a45dab_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_64a45dab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    Pair_be4f5d64 var_p = _wp_args->p;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.5;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    //---------
    // forward
    // def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), p: Pair):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // add_at(f, i, 1.5)                                                                      <L 38>
    add_at_0(var_f, var_0, var_1);
    // add_at(v, i, wp.vec3(1.0, 2.0, 3.0))                                                   <L 39>
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    add_at_0(var_v, var_0, var_5);
    // add_at(n, i, 2)                                                                        <L 40>
    add_at_0(var_n, var_0, var_6);
    // f[i] = twice(f[i]) + first(f) + pair_sum(p)                                            <L 41>
    var_7 = wp::address(var_f, var_0);
    var_9 = wp::load(var_7);
    var_8 = twice_0(var_9);
    var_10 = first_0(var_f);
    var_11 = wp::add(var_8, var_10);
    var_12 = pair_sum_0(var_p);
    var_13 = wp::add(var_11, var_12);
    wp::array_store(var_f, var_0, var_13);
    // n[i] = twice(n[i]) + first(n)                                                          <L 42>
    var_14 = wp::address(var_n, var_0);
    var_16 = wp::load(var_14);
    var_15 = twice_0(var_16);
    var_17 = first_0(var_n);
    var_18 = wp::add(var_15, var_17);
    wp::array_store(var_n, var_0, var_18);
}



template <bool wp_linear_contiguous>
static void k_64a45dab_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_64a45dab *_wp_args,
    wp_args_k_64a45dab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::int32> var_n = _wp_args->n;
    Pair_be4f5d64 var_p = _wp_args->p;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::int32> adj_n = _wp_adj_args->n;
    Pair_be4f5d64 adj_p = _wp_adj_args->p;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 1.5;
    const wp::float32 var_2 = 1.0;
    const wp::float32 var_3 = 2.0;
    const wp::float32 var_4 = 3.0;
    wp::vec_t<3, wp::float32> var_5;
    const wp::int32 var_6 = 2;
    wp::float32* var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::float32 var_10;
    wp::float32 var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    wp::int32* var_14;
    wp::int32 var_15;
    wp::int32 var_16;
    wp::int32 var_17;
    wp::int32 var_18;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::float32 adj_10 = {};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    //---------
    // forward
    // def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), p: Pair):       <L 36>
    // i = wp.tid()                                                                           <L 37>
    var_0 = builtin_tid1d();
    // add_at(f, i, 1.5)                                                                      <L 38>
    add_at_0(var_f, var_0, var_1);
    // add_at(v, i, wp.vec3(1.0, 2.0, 3.0))                                                   <L 39>
    var_5 = wp::vec_t<3, wp::float32>(var_2, var_3, var_4);
    add_at_0(var_v, var_0, var_5);
    // add_at(n, i, 2)                                                                        <L 40>
    add_at_0(var_n, var_0, var_6);
    // f[i] = twice(f[i]) + first(f) + pair_sum(p)                                            <L 41>
    var_7 = wp::address(var_f, var_0);
    var_9 = wp::load(var_7);
    var_8 = twice_0(var_9);
    var_10 = first_0(var_f);
    var_11 = wp::add(var_8, var_10);
    var_12 = pair_sum_0(var_p);
    var_13 = wp::add(var_11, var_12);
    // wp::array_store(var_f, var_0, var_13);
    // n[i] = twice(n[i]) + first(n)                                                          <L 42>
    var_14 = wp::address(var_n, var_0);
    var_16 = wp::load(var_14);
    var_15 = twice_0(var_16);
    var_17 = first_0(var_n);
    var_18 = wp::add(var_15, var_17);
    // wp::array_store(var_n, var_0, var_18);
    //---------
    // reverse
    wp::adj_array_store(var_n, var_0, var_18, adj_n, adj_0, adj_18);
    wp::adj_add(var_15, var_17, adj_15, adj_17, adj_18);
    adj_first_0(var_n, adj_n, adj_17);
    adj_twice_0(var_16, adj_14, adj_15);
    wp::adj_address(var_n, var_0, adj_n, adj_0, adj_14);
    // adj: n[i] = twice(n[i]) + first(n)                                                     <L 42>
    wp::adj_array_store(var_f, var_0, var_13, adj_f, adj_0, adj_13);
    wp::adj_add(var_11, var_12, adj_11, adj_12, adj_13);
    adj_pair_sum_0(var_p, adj_p, adj_12);
    wp::adj_add(var_8, var_10, adj_8, adj_10, adj_11);
    adj_first_0(var_f, adj_f, adj_10);
    adj_twice_0(var_9, adj_7, adj_8);
    wp::adj_address(var_f, var_0, adj_f, adj_0, adj_7);
    // adj: f[i] = twice(f[i]) + first(f) + pair_sum(p)                                       <L 41>
    adj_add_at_0(var_n, var_0, var_6, adj_n, adj_0, adj_6);
    // adj: add_at(n, i, 2)                                                                   <L 40>
    adj_add_at_0(var_v, var_0, var_5, adj_v, adj_0, adj_5);
    wp::adj_vec_t(var_2, var_3, var_4, adj_2, adj_3, adj_4, adj_5);
    // adj: add_at(v, i, wp.vec3(1.0, 2.0, 3.0))                                              <L 39>
    adj_add_at_0(var_f, var_0, var_1, adj_f, adj_0, adj_1);
    // adj: add_at(f, i, 1.5)                                                                 <L 38>
    // adj: i = wp.tid()                                                                      <L 37>
    // adj: def k(f: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), n: wp.array(dtype=int), p: Pair):  <L 36>
    return;
}



struct k_64a45dab_cpu_block_payload_forward
{
    wp_args_k_64a45dab* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_64a45dab_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_64a45dab_cpu_block_payload_forward* payload = (k_64a45dab_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_64a45dab_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_64a45dab_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_64a45dab *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_64a45dab_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_64a45dab_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_64a45dab_cpu_block_payload_backward
{
    wp_args_k_64a45dab* args;
    wp_args_k_64a45dab* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_64a45dab_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_64a45dab_cpu_block_payload_backward* payload = (k_64a45dab_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_64a45dab_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_64a45dab_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_64a45dab *_wp_args,
    wp_args_k_64a45dab *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k_64a45dab_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_64a45dab_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_k2_82a527ff {
    wp::array_t<wp::float32> m;
    wp::array_t<wp::float16> h;
};


template <bool wp_linear_contiguous>
static void k2_82a527ff_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_82a527ff *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::float16* var_7;
    wp::float16 var_8;
    //---------
    // forward
    // def k2(m: wp.array2d(dtype=float), h: wp.array(dtype=wp.float16)):                     <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // m[i, 0] = twice(m[i, 1])                                                               <L 48>
    var_2 = wp::address(var_m, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = twice_0(var_4);
    wp::array_store(var_m, var_0, var_5, var_3);
    // add_at(h, i, h[0])                                                                     <L 49>
    var_7 = wp::address(var_h, var_6);
    var_8 = wp::load(var_7);
    add_at_0(var_h, var_0, var_8);
}



template <bool wp_linear_contiguous>
static void k2_82a527ff_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k2_82a527ff *_wp_args,
    wp_args_k2_82a527ff *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_m = _wp_args->m;
    wp::array_t<wp::float16> var_h = _wp_args->h;
    wp::array_t<wp::float32> adj_m = _wp_adj_args->m;
    wp::array_t<wp::float16> adj_h = _wp_adj_args->h;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::int32 var_5 = 0;
    const wp::int32 var_6 = 0;
    wp::float16* var_7;
    wp::float16 var_8;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::float16 adj_7 = {};
    wp::float16 adj_8 = {};
    //---------
    // forward
    // def k2(m: wp.array2d(dtype=float), h: wp.array(dtype=wp.float16)):                     <L 46>
    // i = wp.tid()                                                                           <L 47>
    var_0 = builtin_tid1d();
    // m[i, 0] = twice(m[i, 1])                                                               <L 48>
    var_2 = wp::address(var_m, var_0, var_1);
    var_4 = wp::load(var_2);
    var_3 = twice_0(var_4);
    // wp::array_store(var_m, var_0, var_5, var_3);
    // add_at(h, i, h[0])                                                                     <L 49>
    var_7 = wp::address(var_h, var_6);
    var_8 = wp::load(var_7);
    add_at_0(var_h, var_0, var_8);
    //---------
    // reverse
    adj_add_at_0(var_h, var_0, var_8, adj_h, adj_0, adj_7);
    wp::adj_address(var_h, var_6, adj_h, adj_6, adj_7);
    // adj: add_at(h, i, h[0])                                                                <L 49>
    wp::adj_array_store(var_m, var_0, var_5, var_3, adj_m, adj_0, adj_5, adj_3);
    adj_twice_0(var_4, adj_2, adj_3);
    wp::adj_address(var_m, var_0, var_1, adj_m, adj_0, adj_1, adj_2);
    // adj: m[i, 0] = twice(m[i, 1])                                                          <L 48>
    // adj: i = wp.tid()                                                                      <L 47>
    // adj: def k2(m: wp.array2d(dtype=float), h: wp.array(dtype=wp.float16)):                <L 46>
    return;
}



struct k2_82a527ff_cpu_block_payload_forward
{
    wp_args_k2_82a527ff* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_82a527ff_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_82a527ff_cpu_block_payload_forward* payload = (k2_82a527ff_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_82a527ff_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k2_82a527ff_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_82a527ff *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k2_82a527ff_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_82a527ff_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k2_82a527ff_cpu_block_payload_backward
{
    wp_args_k2_82a527ff* args;
    wp_args_k2_82a527ff* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k2_82a527ff_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k2_82a527ff_cpu_block_payload_backward* payload = (k2_82a527ff_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k2_82a527ff_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k2_82a527ff_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k2_82a527ff *_wp_args,
    wp_args_k2_82a527ff *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        k2_82a527ff_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k2_82a527ff_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

