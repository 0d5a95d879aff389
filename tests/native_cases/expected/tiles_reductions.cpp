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


// warpsynth/tiles_reductions.py:8
static wp::float64 larger_0(
    wp::float64 var_a,
    wp::float64 var_b)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // forward
    // def larger(a: wp.float64, b: wp.float64):                                              <L 9>
    // return wp.max(a, b)                                                                    <L 10>
    var_0 = wp::max(var_a, var_b);
    return var_0;
}


// warpsynth/tiles_reductions.py:8
static void adj_larger_0(
    wp::float64 var_a,
    wp::float64 var_b,
    wp::float64 & adj_a,
    wp::float64 & adj_b,
    wp::float64 & adj_ret)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // dual vars
    wp::float64 adj_0 = {};
    //---------
    // forward
    // def larger(a: wp.float64, b: wp.float64):                                              <L 9>
    // return wp.max(a, b)                                                                    <L 10>
    var_0 = wp::max(var_a, var_b);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_max(var_a, var_b, adj_a, adj_b, adj_0);
    // adj: return wp.max(a, b)                                                               <L 10>
    // adj: def larger(a: wp.float64, b: wp.float64):                                         <L 9>
    return;
}

struct wp_args_reduce_ff5e1524 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float64> d;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::int32> idx;
    wp::array_t<wp::float64> outd;
};


template <bool wp_linear_contiguous>
static void reduce_ff5e1524_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reduce_ff5e1524 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float64> var_outd = _wp_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_5 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_9 = 1;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_10 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_11 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_12 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_13 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_15 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_17 = 3;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_19 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_20 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_21 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_22 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_23 = 1;
    //---------
    // forward
    // def reduce(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64), out: wp.array(dtype=float), idx: wp.array(dtype=int), outd: wp.array(dtype=wp.float64)):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 16>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // wp.tile_store(out, wp.tile_min(t), offset=0)                                           <L 17>
    var_4 = wp::tile_min(var_3);
    wp::tile_store<wp::float32, true, false>(var_out, var_5, var_4);
    // wp.tile_store(out, wp.tile_max(t) + wp.tile_sum(t), offset=1)                          <L 18>
    var_6 = wp::tile_max(var_3);
    var_7 = wp::tile_sum(var_3);
    var_8 = wp::tile_add(var_6, var_7);
    wp::tile_store<wp::float32, true, false>(var_out, var_9, var_8);
    // wp.tile_store(idx, wp.tile_argmin(t), offset=0)                                        <L 19>
    var_10 = wp::tile_argmin(var_3);
    wp::tile_store<wp::int32, true, false>(var_idx, var_11, var_10);
    // wp.tile_store(idx, wp.tile_argmax(t), offset=1)                                        <L 20>
    var_12 = wp::tile_argmax(var_3);
    wp::tile_store<wp::int32, true, false>(var_idx, var_13, var_12);
    // wp.tile_store(out, wp.tile_reduce(wp.add, t), offset=2)                                <L 21>
    var_14 = wp::tile_reduce(wp::add, var_3);
    wp::tile_store<wp::float32, true, false>(var_out, var_15, var_14);
    // wp.tile_store(out, wp.tile_reduce(wp.min, t), offset=3)                                <L 22>
    var_16 = wp::tile_reduce(wp::min, var_3);
    wp::tile_store<wp::float32, true, false>(var_out, var_17, var_16);
    // u = wp.tile_load(d, shape=TILE)                                                        <L 23>
    var_18 = wp::tile_load<wp::float64, true, false, 16>(var_d, var_19);
    // wp.tile_store(outd, wp.tile_reduce(larger, u))                                         <L 24>
    var_20 = wp::tile_reduce(larger_0, var_18);
    wp::tile_store<wp::float64, true, false>(var_outd, var_21, var_20);
    // wp.tile_store(outd, wp.tile_reduce(op=wp.mul, a=u), offset=1)                          <L 25>
    var_22 = wp::tile_reduce(wp::mul, var_18);
    wp::tile_store<wp::float64, true, false>(var_outd, var_23, var_22);
}



template <bool wp_linear_contiguous>
static void reduce_ff5e1524_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_reduce_ff5e1524 *_wp_args,
    wp_args_reduce_ff5e1524 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float64> var_d = _wp_args->d;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::int32> var_idx = _wp_args->idx;
    wp::array_t<wp::float64> var_outd = _wp_args->outd;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float64> adj_d = _wp_adj_args->d;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::int32> adj_idx = _wp_adj_args->idx;
    wp::array_t<wp::float64> adj_outd = _wp_adj_args->outd;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 16;
    wp::int32 var_2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_3 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_4 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_5 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_7 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_9 = 1;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_10 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_11 = 0;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_12 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_13 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_15 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_17 = 3;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<16>>> var_18 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<16>>>{};
    const wp::int32 var_19 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_20 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_21 = 0;
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_22 = wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_23 = 1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_3{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_4{};
    wp::int32 adj_5 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_6{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_7{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_8{};
    wp::int32 adj_9 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_10{};
    wp::int32 adj_11 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_12{};
    wp::int32 adj_13 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_14{};
    wp::int32 adj_15 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_16{};
    wp::int32 adj_17 = {};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<16>>> adj_18{};
    wp::int32 adj_19 = {};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_20{};
    wp::int32 adj_21 = {};
    wp::tile_register_t<wp::float64,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_22{};
    wp::int32 adj_23 = {};
    //---------
    // forward
    // def reduce(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64), out: wp.array(dtype=float), idx: wp.array(dtype=int), outd: wp.array(dtype=wp.float64)):       <L 14>
    // i = wp.tid()                                                                           <L 15>
    var_0 = builtin_tid1d();
    // t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                       <L 16>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::float32, true, false, 16>(var_a, var_2);
    // wp.tile_store(out, wp.tile_min(t), offset=0)                                           <L 17>
    var_4 = wp::tile_min(var_3);
    // wp::tile_store<wp::float32, true, false>(var_out, var_5, var_4);
    // wp.tile_store(out, wp.tile_max(t) + wp.tile_sum(t), offset=1)                          <L 18>
    var_6 = wp::tile_max(var_3);
    var_7 = wp::tile_sum(var_3);
    var_8 = wp::tile_add(var_6, var_7);
    // wp::tile_store<wp::float32, true, false>(var_out, var_9, var_8);
    // wp.tile_store(idx, wp.tile_argmin(t), offset=0)                                        <L 19>
    var_10 = wp::tile_argmin(var_3);
    // wp::tile_store<wp::int32, true, false>(var_idx, var_11, var_10);
    // wp.tile_store(idx, wp.tile_argmax(t), offset=1)                                        <L 20>
    var_12 = wp::tile_argmax(var_3);
    // wp::tile_store<wp::int32, true, false>(var_idx, var_13, var_12);
    // wp.tile_store(out, wp.tile_reduce(wp.add, t), offset=2)                                <L 21>
    var_14 = wp::tile_reduce(wp::add, var_3);
    // wp::tile_store<wp::float32, true, false>(var_out, var_15, var_14);
    // wp.tile_store(out, wp.tile_reduce(wp.min, t), offset=3)                                <L 22>
    var_16 = wp::tile_reduce(wp::min, var_3);
    // wp::tile_store<wp::float32, true, false>(var_out, var_17, var_16);
    // u = wp.tile_load(d, shape=TILE)                                                        <L 23>
    var_18 = wp::tile_load<wp::float64, true, false, 16>(var_d, var_19);
    // wp.tile_store(outd, wp.tile_reduce(larger, u))                                         <L 24>
    var_20 = wp::tile_reduce(larger_0, var_18);
    // wp::tile_store<wp::float64, true, false>(var_outd, var_21, var_20);
    // wp.tile_store(outd, wp.tile_reduce(op=wp.mul, a=u), offset=1)                          <L 25>
    var_22 = wp::tile_reduce(wp::mul, var_18);
    // wp::tile_store<wp::float64, true, false>(var_outd, var_23, var_22);
    //---------
    // reverse
    wp::adj_tile_store(var_outd, var_23, var_22, adj_outd, adj_23, adj_22);
    // adj: wp.tile_store(outd, wp.tile_reduce(op=wp.mul, a=u), offset=1)                     <L 25>
    wp::adj_tile_store(var_outd, var_21, var_20, adj_outd, adj_21, adj_20);
    // adj: wp.tile_store(outd, wp.tile_reduce(larger, u))                                    <L 24>
    wp::adj_tile_load(var_d, var_19, adj_d, adj_19, adj_18);
    // adj: u = wp.tile_load(d, shape=TILE)                                                   <L 23>
    wp::adj_tile_store(var_out, var_17, var_16, adj_out, adj_17, adj_16);
    // adj: wp.tile_store(out, wp.tile_reduce(wp.min, t), offset=3)                           <L 22>
    wp::adj_tile_store(var_out, var_15, var_14, adj_out, adj_15, adj_14);
    // adj: wp.tile_store(out, wp.tile_reduce(wp.add, t), offset=2)                           <L 21>
    wp::adj_tile_store(var_idx, var_13, var_12, adj_idx, adj_13, adj_12);
    // adj: wp.tile_store(idx, wp.tile_argmax(t), offset=1)                                   <L 20>
    wp::adj_tile_store(var_idx, var_11, var_10, adj_idx, adj_11, adj_10);
    // adj: wp.tile_store(idx, wp.tile_argmin(t), offset=0)                                   <L 19>
    wp::adj_tile_store(var_out, var_9, var_8, adj_out, adj_9, adj_8);
    wp::adj_tile_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_tile_sum(var_3, adj_3, adj_7);
    // adj: wp.tile_store(out, wp.tile_max(t) + wp.tile_sum(t), offset=1)                     <L 18>
    wp::adj_tile_store(var_out, var_5, var_4, adj_out, adj_5, adj_4);
    // adj: wp.tile_store(out, wp.tile_min(t), offset=0)                                      <L 17>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: t = wp.tile_load(a, shape=TILE, offset=i * TILE)                                  <L 16>
    // adj: i = wp.tid()                                                                      <L 15>
    // adj: def reduce(a: wp.array(dtype=float), d: wp.array(dtype=wp.float64), out: wp.array(dtype=float), idx: wp.array(dtype=int), outd: wp.array(dtype=wp.float64)):  <L 14>
    return;
}



struct reduce_ff5e1524_cpu_block_payload_forward
{
    wp_args_reduce_ff5e1524* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void reduce_ff5e1524_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    reduce_ff5e1524_cpu_block_payload_forward* payload = (reduce_ff5e1524_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    reduce_ff5e1524_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void reduce_ff5e1524_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_ff5e1524 *_wp_args)
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
        reduce_ff5e1524_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &reduce_ff5e1524_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct reduce_ff5e1524_cpu_block_payload_backward
{
    wp_args_reduce_ff5e1524* args;
    wp_args_reduce_ff5e1524* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void reduce_ff5e1524_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    reduce_ff5e1524_cpu_block_payload_backward* payload = (reduce_ff5e1524_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    reduce_ff5e1524_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void reduce_ff5e1524_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_reduce_ff5e1524 *_wp_args,
    wp_args_reduce_ff5e1524 *_wp_adj_args)
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
        reduce_ff5e1524_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &reduce_ff5e1524_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

