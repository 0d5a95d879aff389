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




// warpsynth/func_overloads_more.py:12
static wp::float32 total_0(
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
    // def total(p: Pair):                                                                    <L 13>
    // return p.a + p.b                                                                       <L 14>
    var_0 = &((var_p).a);
    var_1 = &((var_p).b);
    var_3 = wp::load(var_0);
    var_4 = wp::load(var_1);
    var_2 = wp::add(var_3, var_4);
    return var_2;
}


// warpsynth/func_overloads_more.py:17
static wp::float32 total_1(
    wp::array_t<wp::float32> var_xs,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.0;
    Pair_be4f5d64 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def total(xs: wp.array(dtype=float), i: int):                                          <L 18>
    // return xs[i] + total(Pair(xs[i], 1.0))                                                 <L 19>
    var_0 = wp::address(var_xs, var_i);
    var_1 = wp::address(var_xs, var_i);
    var_4 = wp::load(var_1);
    var_3 = Pair_be4f5d64(var_4, var_2);
    var_5 = total_0(var_3);
    var_7 = wp::load(var_0);
    var_6 = wp::add(var_7, var_5);
    return var_6;
}


// warpsynth/func_overloads_more.py:22
static wp::float32 total_2(
    wp::array_t<wp::vec_t<2, wp::float32>> var_xs,
    wp::int32 var_i)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::vec_t<2, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    Pair_be4f5d64 var_7;
    wp::float32 var_8;
    //---------
    // forward
    // def total(xs: wp.array(dtype=wp.vec2), i: int):                                        <L 23>
    // v = xs[i]                                                                              <L 24>
    var_0 = wp::address(var_xs, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return total(Pair(v[0], v[1]))                                                         <L 25>
    var_4 = wp::extract(var_1, var_3);
    var_6 = wp::extract(var_1, var_5);
    var_7 = Pair_be4f5d64(var_4, var_6);
    var_8 = total_0(var_7);
    return var_8;
}


// warpsynth/func_overloads_more.py:28
static wp::float32 total_3(
    )
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    //---------
    // forward
    // def total():                                                                           <L 29>
    // return 0.5                                                                             <L 30>
    return var_0;
}


// warpsynth/func_overloads_more.py:12
static void adj_total_0(
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
    // def total(p: Pair):                                                                    <L 13>
    // return p.a + p.b                                                                       <L 14>
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
    // adj: return p.a + p.b                                                                  <L 14>
    // adj: def total(p: Pair):                                                               <L 13>
    return;
}


// warpsynth/func_overloads_more.py:17
static void adj_total_1(
    wp::array_t<wp::float32> var_xs,
    wp::int32 var_i,
    wp::array_t<wp::float32> & adj_xs,
    wp::int32 & adj_i,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32* var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.0;
    Pair_be4f5d64 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    Pair_be4f5d64 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def total(xs: wp.array(dtype=float), i: int):                                          <L 18>
    // return xs[i] + total(Pair(xs[i], 1.0))                                                 <L 19>
    var_0 = wp::address(var_xs, var_i);
    var_1 = wp::address(var_xs, var_i);
    var_4 = wp::load(var_1);
    var_3 = Pair_be4f5d64(var_4, var_2);
    var_5 = total_0(var_3);
    var_7 = wp::load(var_0);
    var_6 = wp::add(var_7, var_5);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_6 += adj_ret;
    wp::adj_add(var_7, var_5, adj_0, adj_5, adj_6);
    adj_total_0(var_3, adj_3, adj_5);
    adj_Pair_be4f5d64(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_xs, var_i, adj_xs, adj_i, adj_1);
    wp::adj_address(var_xs, var_i, adj_xs, adj_i, adj_0);
    // adj: return xs[i] + total(Pair(xs[i], 1.0))                                            <L 19>
    // adj: def total(xs: wp.array(dtype=float), i: int):                                     <L 18>
    return;
}


// warpsynth/func_overloads_more.py:22
static void adj_total_2(
    wp::array_t<wp::vec_t<2, wp::float32>> var_xs,
    wp::int32 var_i,
    wp::array_t<wp::vec_t<2, wp::float32>> & adj_xs,
    wp::int32 & adj_i,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<2, wp::float32>* var_0;
    wp::vec_t<2, wp::float32> var_1;
    wp::vec_t<2, wp::float32> var_2;
    const wp::int32 var_3 = 0;
    wp::float32 var_4;
    const wp::int32 var_5 = 1;
    wp::float32 var_6;
    Pair_be4f5d64 var_7;
    wp::float32 var_8;
    //---------
    // dual vars
    wp::vec_t<2, wp::float32> adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    wp::vec_t<2, wp::float32> adj_2 = {};
    wp::int32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::float32 adj_6 = {};
    Pair_be4f5d64 adj_7 = {};
    wp::float32 adj_8 = {};
    //---------
    // forward
    // def total(xs: wp.array(dtype=wp.vec2), i: int):                                        <L 23>
    // v = xs[i]                                                                              <L 24>
    var_0 = wp::address(var_xs, var_i);
    var_2 = wp::load(var_0);
    var_1 = wp::copy(var_2);
    // return total(Pair(v[0], v[1]))                                                         <L 25>
    var_4 = wp::extract(var_1, var_3);
    var_6 = wp::extract(var_1, var_5);
    var_7 = Pair_be4f5d64(var_4, var_6);
    var_8 = total_0(var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    adj_total_0(var_7, adj_7, adj_8);
    adj_Pair_be4f5d64(var_4, var_6, adj_4, adj_6, adj_7);
    wp::adj_extract(var_1, var_5, adj_1, adj_5, adj_6);
    wp::adj_extract(var_1, var_3, adj_1, adj_3, adj_4);
    // adj: return total(Pair(v[0], v[1]))                                                    <L 25>
    wp::adj_copy(var_2, adj_0, adj_1);
    wp::adj_address(var_xs, var_i, adj_xs, adj_i, adj_0);
    // adj: v = xs[i]                                                                         <L 24>
    // adj: def total(xs: wp.array(dtype=wp.vec2), i: int):                                   <L 23>
    return;
}


// warpsynth/func_overloads_more.py:28
static void adj_total_3(
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    //---------
    // forward
    // def total():                                                                           <L 29>
    // return 0.5                                                                             <L 30>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    // adj: return 0.5                                                                        <L 30>
    // adj: def total():                                                                      <L 29>
    return;
}

struct wp_args_k_1dec07d0 {
    wp::array_t<wp::float32> xs;
    wp::array_t<wp::vec_t<2, wp::float32>> vs;
    wp::array_t<wp::float32> out;
};


template <bool wp_linear_contiguous>
static void k_1dec07d0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_1dec07d0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // forward
    // def k(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec2), out: wp.array(dtype=float)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // out[i] = total(xs, i) + total(vs, i) + wp.static(total)() + total()                    <L 36>
    var_1 = total_1(var_xs, var_0);
    var_2 = total_2(var_vs, var_0);
    var_3 = wp::add(var_1, var_2);
    var_4 = total_3();
    var_5 = wp::add(var_3, var_4);
    var_6 = total_3();
    var_7 = wp::add(var_5, var_6);
    wp::array_store(var_out, var_0, var_7);
}



template <bool wp_linear_contiguous>
static void k_1dec07d0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_k_1dec07d0 *_wp_args,
    wp_args_k_1dec07d0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_xs = _wp_args->xs;
    wp::array_t<wp::vec_t<2, wp::float32>> var_vs = _wp_args->vs;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::float32> adj_xs = _wp_adj_args->xs;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_vs = _wp_adj_args->vs;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    wp::float32 var_7;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::float32 adj_7 = {};
    //---------
    // forward
    // def k(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec2), out: wp.array(dtype=float)):       <L 34>
    // i = wp.tid()                                                                           <L 35>
    var_0 = builtin_tid1d();
    // out[i] = total(xs, i) + total(vs, i) + wp.static(total)() + total()                    <L 36>
    var_1 = total_1(var_xs, var_0);
    var_2 = total_2(var_vs, var_0);
    var_3 = wp::add(var_1, var_2);
    var_4 = total_3();
    var_5 = wp::add(var_3, var_4);
    var_6 = total_3();
    var_7 = wp::add(var_5, var_6);
    // wp::array_store(var_out, var_0, var_7);
    //---------
    // reverse
    wp::adj_array_store(var_out, var_0, var_7, adj_out, adj_0, adj_7);
    wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
    wp::adj_add(var_3, var_4, adj_3, adj_4, adj_5);
    wp::adj_add(var_1, var_2, adj_1, adj_2, adj_3);
    adj_total_2(var_vs, var_0, adj_vs, adj_0, adj_2);
    adj_total_1(var_xs, var_0, adj_xs, adj_0, adj_1);
    // adj: out[i] = total(xs, i) + total(vs, i) + wp.static(total)() + total()               <L 36>
    // adj: i = wp.tid()                                                                      <L 35>
    // adj: def k(xs: wp.array(dtype=float), vs: wp.array(dtype=wp.vec2), out: wp.array(dtype=float)):  <L 34>
    return;
}



struct k_1dec07d0_cpu_block_payload_forward
{
    wp_args_k_1dec07d0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_1dec07d0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_1dec07d0_cpu_block_payload_forward* payload = (k_1dec07d0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_1dec07d0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void k_1dec07d0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_1dec07d0 *_wp_args)
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
        k_1dec07d0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_1dec07d0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct k_1dec07d0_cpu_block_payload_backward
{
    wp_args_k_1dec07d0* args;
    wp_args_k_1dec07d0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void k_1dec07d0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    k_1dec07d0_cpu_block_payload_backward* payload = (k_1dec07d0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    k_1dec07d0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void k_1dec07d0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_k_1dec07d0 *_wp_args,
    wp_args_k_1dec07d0 *_wp_adj_args)
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
        k_1dec07d0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &k_1dec07d0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

