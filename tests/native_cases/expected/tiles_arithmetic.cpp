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

struct wp_args_per_thread_767d156a {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> v;
    wp::array_t<wp::float32> out;
    wp::array_t<wp::vec_t<3, wp::float32>> vout;
};


template <bool wp_linear_contiguous>
static void per_thread_767d156a_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_per_thread_767d156a *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vout = _wp_args->vout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::float32 var_7 = 3.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>>{};
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    //---------
    // forward
    // def per_thread(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vout: wp.array(dtype=wp.vec3)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // x = a[i] * 2.0                                                                         <L 41>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // t = wp.tile(x)                                                                         <L 42>
    var_5 = wp::tile<wp::float32>(var_3);
    // s = wp.tile_sum(t)                                                                     <L 43>
    var_6 = wp::tile_sum(var_5);
    // y = wp.untile(t * 3.0)                                                                 <L 44>
    var_8 = wp::tile_mul(var_5, var_7);
    var_9 = wp::untile(var_8);
    // out[i] = y                                                                             <L 45>
    wp::array_store(var_out, var_0, var_9);
    // w = v[i]                                                                               <L 46>
    var_10 = wp::address(var_v, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // tv = wp.tile(w)                                                                        <L 47>
    var_13 = wp::tile<wp::float32, 3>(var_11);
    // vout[i] = wp.untile(tv + tv)                                                           <L 48>
    var_14 = wp::tile_add(var_13, var_13);
    var_15 = wp::untile(var_14);
    wp::array_store(var_vout, var_0, var_15);
    // wp.tile_store(out, s)                                                                  <L 49>
    wp::tile_store<wp::float32, true, false>(var_out, var_16, var_6);
}



template <bool wp_linear_contiguous>
static void per_thread_767d156a_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_per_thread_767d156a *_wp_args,
    wp_args_per_thread_767d156a *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_v = _wp_args->v;
    wp::array_t<wp::float32> var_out = _wp_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> var_vout = _wp_args->vout;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_v = _wp_adj_args->v;
    wp::array_t<wp::float32> adj_out = _wp_adj_args->out;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_vout = _wp_adj_args->vout;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_6 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::float32 var_7 = 3.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> var_8 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>>{};
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>> var_13 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>> var_14 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>>{};
    wp::vec_t<3, wp::float32> var_15;
    const wp::int32 var_16 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_5{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_6{};
    wp::float32 adj_7 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<256>>> adj_8{};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>> adj_13{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<3,256>>> adj_14{};
    wp::vec_t<3, wp::float32> adj_15 = {};
    wp::int32 adj_16 = {};
    //---------
    // forward
    // def per_thread(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vout: wp.array(dtype=wp.vec3)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // x = a[i] * 2.0                                                                         <L 41>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // t = wp.tile(x)                                                                         <L 42>
    var_5 = wp::tile<wp::float32>(var_3);
    // s = wp.tile_sum(t)                                                                     <L 43>
    var_6 = wp::tile_sum(var_5);
    // y = wp.untile(t * 3.0)                                                                 <L 44>
    var_8 = wp::tile_mul(var_5, var_7);
    var_9 = wp::untile(var_8);
    // out[i] = y                                                                             <L 45>
    // wp::array_store(var_out, var_0, var_9);
    // w = v[i]                                                                               <L 46>
    var_10 = wp::address(var_v, var_0);
    var_12 = wp::load(var_10);
    var_11 = wp::copy(var_12);
    // tv = wp.tile(w)                                                                        <L 47>
    var_13 = wp::tile<wp::float32, 3>(var_11);
    // vout[i] = wp.untile(tv + tv)                                                           <L 48>
    var_14 = wp::tile_add(var_13, var_13);
    var_15 = wp::untile(var_14);
    // wp::array_store(var_vout, var_0, var_15);
    // wp.tile_store(out, s)                                                                  <L 49>
    // wp::tile_store<wp::float32, true, false>(var_out, var_16, var_6);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_16, var_6, adj_out, adj_16, adj_6);
    // adj: wp.tile_store(out, s)                                                             <L 49>
    wp::adj_array_store(var_vout, var_0, var_15, adj_vout, adj_0, adj_15);
    wp::adj_untile(var_14, adj_14, adj_15);
    wp::adj_tile_add(var_13, var_13, adj_13, adj_13, adj_14);
    // adj: vout[i] = wp.untile(tv + tv)                                                      <L 48>
    wp::adj_tile(var_11, adj_11, adj_13);
    // adj: tv = wp.tile(w)                                                                   <L 47>
    wp::adj_copy(var_12, adj_10, adj_11);
    wp::adj_address(var_v, var_0, adj_v, adj_0, adj_10);
    // adj: w = v[i]                                                                          <L 46>
    wp::adj_array_store(var_out, var_0, var_9, adj_out, adj_0, adj_9);
    // adj: out[i] = y                                                                        <L 45>
    wp::adj_untile(var_8, adj_8, adj_9);
    wp::adj_tile_mul(var_5, var_7, adj_5, adj_7, adj_8);
    // adj: y = wp.untile(t * 3.0)                                                            <L 44>
    wp::adj_tile_sum(var_5, adj_5, adj_6);
    // adj: s = wp.tile_sum(t)                                                                <L 43>
    wp::adj_tile(var_3, adj_3, adj_5);
    // adj: t = wp.tile(x)                                                                    <L 42>
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: x = a[i] * 2.0                                                                    <L 41>
    // adj: i = wp.tid()                                                                      <L 40>
    // adj: def per_thread(a: wp.array(dtype=float), v: wp.array(dtype=wp.vec3), out: wp.array(dtype=float), vout: wp.array(dtype=wp.vec3)):  <L 39>
    return;
}



struct per_thread_767d156a_cpu_block_payload_forward
{
    wp_args_per_thread_767d156a* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void per_thread_767d156a_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    per_thread_767d156a_cpu_block_payload_forward* payload = (per_thread_767d156a_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    per_thread_767d156a_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void per_thread_767d156a_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_per_thread_767d156a *_wp_args)
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
        per_thread_767d156a_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &per_thread_767d156a_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct per_thread_767d156a_cpu_block_payload_backward
{
    wp_args_per_thread_767d156a* args;
    wp_args_per_thread_767d156a* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void per_thread_767d156a_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    per_thread_767d156a_cpu_block_payload_backward* payload = (per_thread_767d156a_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    per_thread_767d156a_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void per_thread_767d156a_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_per_thread_767d156a *_wp_args,
    wp_args_per_thread_767d156a *_wp_adj_args)
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
        per_thread_767d156a_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &per_thread_767d156a_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_ranges_e842e5f8 {
    wp::array_t<wp::int32> out_i;
    wp::array_t<wp::float32> out_f;
    wp::array_t<wp::float64> out_d;
};


template <bool wp_linear_contiguous>
static void ranges_e842e5f8_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ranges_e842e5f8 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_out_i = _wp_args->out_i;
    wp::array_t<wp::float32> var_out_f = _wp_args->out_f;
    wp::array_t<wp::float64> var_out_d = _wp_args->out_d;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 2;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 9;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = -3;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>> var_11 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>>{};
    const wp::int32 var_12 = 4;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 10;
    const wp::int32 var_15 = 4;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>> var_16 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>>{};
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 6;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<6>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<6>>>{};
    const wp::float32 var_20 = 0;
    const wp::float32 var_21 = 6;
    const wp::float32 var_22 = 1;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 9;
    const wp::int32 var_26 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::float32 var_28 = 1;
    const wp::float32 var_29 = 9;
    const wp::float32 var_30 = 2;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 2;
    const wp::int32 var_33 = 12;
    const wp::str var_34 = "shared";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<10>, wp::tile_stride_t<1>>, true> var_35 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<10>,wp::tile_stride_t<1>,false>();
    const wp::float64 var_36 = 2;
    const wp::float64 var_37 = 12;
    const wp::float64 var_38 = 1;
    const wp::int32 var_39 = 0;
    //---------
    // forward
    // def ranges(out_i: wp.array(dtype=int), out_f: wp.array(dtype=float), out_d: wp.array(dtype=wp.float64)):       <L 53>
    // r = wp.tile_arange(TILE_M, dtype=int)                                                  <L 54>
    var_1 = wp::tile_arange<wp::int32, 8>(var_2, var_0, var_3);
    // wp.tile_store(out_i, r + wp.tile_full(TILE_M, 2))                                      <L 55>
    var_5 = wp::tile_full<wp::int32, 8>(var_4);
    var_6 = wp::tile_add(var_1, var_5);
    wp::tile_store<wp::int32, true, false>(var_out_i, var_7, var_6);
    // wp.tile_store(out_i, wp.tile_arange(9, 0, -3, dtype=int), offset=4)                    <L 56>
    var_11 = wp::tile_arange<wp::int32, 3>(var_8, var_9, var_10);
    wp::tile_store<wp::int32, true, false>(var_out_i, var_12, var_11);
    // wp.tile_store(out_i, wp.tile_arange(1, 10, 4, dtype=wp.int32))                         <L 57>
    var_16 = wp::tile_arange<wp::int32, 3>(var_13, var_14, var_15);
    wp::tile_store<wp::int32, true, false>(var_out_i, var_17, var_16);
    // wp.tile_store(out_f, wp.tile_arange(6))                                                <L 58>
    var_19 = wp::tile_arange<wp::float32, 6>(var_20, var_21, var_22);
    wp::tile_store<wp::float32, true, false>(var_out_f, var_23, var_19);
    // wp.tile_store(out_f, wp.tile_arange(1, 9, 2, dtype=float))                             <L 59>
    var_27 = wp::tile_arange<wp::float32, 4>(var_28, var_29, var_30);
    wp::tile_store<wp::float32, true, false>(var_out_f, var_31, var_27);
    // wp.tile_store(out_d, wp.tile_arange(2, 12, dtype=wp.float64, storage="shared"))        <L 60>
    var_35 = wp::tile_arange<wp::float64, 10>(var_36, var_37, var_38);
    wp::tile_store<wp::float64, true, false>(var_out_d, var_39, var_35);
}



template <bool wp_linear_contiguous>
static void ranges_e842e5f8_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_ranges_e842e5f8 *_wp_args,
    wp_args_ranges_e842e5f8 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int32> var_out_i = _wp_args->out_i;
    wp::array_t<wp::float32> var_out_f = _wp_args->out_f;
    wp::array_t<wp::float64> var_out_d = _wp_args->out_d;
    wp::array_t<wp::int32> adj_out_i = _wp_adj_args->out_i;
    wp::array_t<wp::float32> adj_out_f = _wp_adj_args->out_f;
    wp::array_t<wp::float64> adj_out_d = _wp_adj_args->out_d;
    //---------
    // primal vars
    const wp::int32 var_0 = 8;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_1 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_2 = 0;
    const wp::int32 var_3 = 1;
    const wp::int32 var_4 = 2;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 9;
    const wp::int32 var_9 = 0;
    const wp::int32 var_10 = -3;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>> var_11 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>>{};
    const wp::int32 var_12 = 4;
    const wp::int32 var_13 = 1;
    const wp::int32 var_14 = 10;
    const wp::int32 var_15 = 4;
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>> var_16 = wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>>{};
    const wp::int32 var_17 = 0;
    const wp::int32 var_18 = 6;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<6>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<6>>>{};
    const wp::float32 var_20 = 0;
    const wp::float32 var_21 = 6;
    const wp::float32 var_22 = 1;
    const wp::int32 var_23 = 0;
    const wp::int32 var_24 = 1;
    const wp::int32 var_25 = 9;
    const wp::int32 var_26 = 2;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::float32 var_28 = 1;
    const wp::float32 var_29 = 9;
    const wp::float32 var_30 = 2;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 2;
    const wp::int32 var_33 = 12;
    const wp::str var_34 = "shared";
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<10>, wp::tile_stride_t<1>>, true> var_35 = wp::tile_alloc_empty<wp::float64,wp::tile_shape_t<10>,wp::tile_stride_t<1>,true>();
    const wp::float64 var_36 = 2;
    const wp::float64 var_37 = 12;
    const wp::float64 var_38 = 1;
    const wp::int32 var_39 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_1{};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_5{};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_6{};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::int32 adj_10 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>> adj_11{};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::tile_register_t<wp::int32,wp::tile_layout_register_t<wp::tile_shape_t<3>>> adj_16{};
    wp::int32 adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<6>>> adj_19{};
    wp::float32 adj_20 = {};
    wp::float32 adj_21 = {};
    wp::float32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_27{};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::float32 adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::int32 adj_33 = {};
    wp::str adj_34 = {};
    wp::tile_shared_t<wp::float64,wp::tile_layout_strided_t<wp::tile_shape_t<10>, wp::tile_stride_t<1>>, true>& adj_35 = var_35;
    wp::float64 adj_36 = {};
    wp::float64 adj_37 = {};
    wp::float64 adj_38 = {};
    wp::int32 adj_39 = {};
    //---------
    // forward
    // def ranges(out_i: wp.array(dtype=int), out_f: wp.array(dtype=float), out_d: wp.array(dtype=wp.float64)):       <L 53>
    // r = wp.tile_arange(TILE_M, dtype=int)                                                  <L 54>
    var_1 = wp::tile_arange<wp::int32, 8>(var_2, var_0, var_3);
    // wp.tile_store(out_i, r + wp.tile_full(TILE_M, 2))                                      <L 55>
    var_5 = wp::tile_full<wp::int32, 8>(var_4);
    var_6 = wp::tile_add(var_1, var_5);
    // wp::tile_store<wp::int32, true, false>(var_out_i, var_7, var_6);
    // wp.tile_store(out_i, wp.tile_arange(9, 0, -3, dtype=int), offset=4)                    <L 56>
    var_11 = wp::tile_arange<wp::int32, 3>(var_8, var_9, var_10);
    // wp::tile_store<wp::int32, true, false>(var_out_i, var_12, var_11);
    // wp.tile_store(out_i, wp.tile_arange(1, 10, 4, dtype=wp.int32))                         <L 57>
    var_16 = wp::tile_arange<wp::int32, 3>(var_13, var_14, var_15);
    // wp::tile_store<wp::int32, true, false>(var_out_i, var_17, var_16);
    // wp.tile_store(out_f, wp.tile_arange(6))                                                <L 58>
    var_19 = wp::tile_arange<wp::float32, 6>(var_20, var_21, var_22);
    // wp::tile_store<wp::float32, true, false>(var_out_f, var_23, var_19);
    // wp.tile_store(out_f, wp.tile_arange(1, 9, 2, dtype=float))                             <L 59>
    var_27 = wp::tile_arange<wp::float32, 4>(var_28, var_29, var_30);
    // wp::tile_store<wp::float32, true, false>(var_out_f, var_31, var_27);
    // wp.tile_store(out_d, wp.tile_arange(2, 12, dtype=wp.float64, storage="shared"))        <L 60>
    var_35 = wp::tile_arange<wp::float64, 10>(var_36, var_37, var_38);
    // wp::tile_store<wp::float64, true, false>(var_out_d, var_39, var_35);
    //---------
    // reverse
    wp::adj_tile_store(var_out_d, var_39, var_35, adj_out_d, adj_39, adj_35);
    // adj: wp.tile_store(out_d, wp.tile_arange(2, 12, dtype=wp.float64, storage="shared"))   <L 60>
    wp::adj_tile_store(var_out_f, var_31, var_27, adj_out_f, adj_31, adj_27);
    // adj: wp.tile_store(out_f, wp.tile_arange(1, 9, 2, dtype=float))                        <L 59>
    wp::adj_tile_store(var_out_f, var_23, var_19, adj_out_f, adj_23, adj_19);
    // adj: wp.tile_store(out_f, wp.tile_arange(6))                                           <L 58>
    wp::adj_tile_store(var_out_i, var_17, var_16, adj_out_i, adj_17, adj_16);
    // adj: wp.tile_store(out_i, wp.tile_arange(1, 10, 4, dtype=wp.int32))                    <L 57>
    wp::adj_tile_store(var_out_i, var_12, var_11, adj_out_i, adj_12, adj_11);
    // adj: wp.tile_store(out_i, wp.tile_arange(9, 0, -3, dtype=int), offset=4)               <L 56>
    wp::adj_tile_store(var_out_i, var_7, var_6, adj_out_i, adj_7, adj_6);
    wp::adj_tile_add(var_1, var_5, adj_1, adj_5, adj_6);
    // adj: wp.tile_store(out_i, r + wp.tile_full(TILE_M, 2))                                 <L 55>
    // adj: r = wp.tile_arange(TILE_M, dtype=int)                                             <L 54>
    // adj: def ranges(out_i: wp.array(dtype=int), out_f: wp.array(dtype=float), out_d: wp.array(dtype=wp.float64)):  <L 53>
    return;
}



struct ranges_e842e5f8_cpu_block_payload_forward
{
    wp_args_ranges_e842e5f8* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void ranges_e842e5f8_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    ranges_e842e5f8_cpu_block_payload_forward* payload = (ranges_e842e5f8_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    ranges_e842e5f8_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void ranges_e842e5f8_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ranges_e842e5f8 *_wp_args)
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
        ranges_e842e5f8_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &ranges_e842e5f8_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct ranges_e842e5f8_cpu_block_payload_backward
{
    wp_args_ranges_e842e5f8* args;
    wp_args_ranges_e842e5f8* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void ranges_e842e5f8_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    ranges_e842e5f8_cpu_block_payload_backward* payload = (ranges_e842e5f8_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    ranges_e842e5f8_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void ranges_e842e5f8_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_ranges_e842e5f8 *_wp_args,
    wp_args_ranges_e842e5f8 *_wp_adj_args)
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
        ranges_e842e5f8_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &ranges_e842e5f8_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_vectors_ed54d4e4 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> out;
    wp::array_t<wp::float32> f;
};


template <bool wp_linear_contiguous>
static void vectors_ed54d4e4_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vectors_ed54d4e4 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::int32 var_2;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::int32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_8 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::float32 var_9 = 0.5;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_10 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::str var_15 = "shared";
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_16 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,false>();
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_17 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_18 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::int32 var_20;
    //---------
    // forward
    // def vectors(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // v = wp.tile_load(a, shape=TILE_M, offset=i * TILE_M)                                   <L 31>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_a, var_2);
    // c = wp.tile_load(f, shape=TILE_M, offset=i * TILE_M)                                   <L 32>
    var_4 = wp::mul(var_0, var_1);
    var_5 = wp::tile_load<wp::float32, true, false, 8>(var_f, var_4);
    // u = v * c + c * v                                                                      <L 33>
    var_6 = wp::tile_mul_elementwise(var_3, var_5);
    var_7 = wp::tile_mul_elementwise(var_5, var_3);
    var_8 = wp::tile_add(var_6, var_7);
    // u = u * 0.5 + wp.tile_full(TILE_M, wp.vec3(1.0, 2.0, 3.0), storage="shared")           <L 34>
    var_10 = wp::tile_mul(var_8, var_9);
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_16 = wp::tile_full<wp::vec_t<3, wp::float32>, 8>(var_14);
    var_17 = wp::tile_add(var_10, var_16);
    // wp.tile_store(out, u + wp.tile_zeros(shape=TILE_M, dtype=wp.vec3), offset=i * TILE_M)       <L 35>
    var_18 = wp::tile_zeros<wp::vec_t<3, wp::float32>, 8>();
    var_19 = wp::tile_add(var_17, var_18);
    var_20 = wp::mul(var_0, var_1);
    wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_out, var_20, var_19);
}



template <bool wp_linear_contiguous>
static void vectors_ed54d4e4_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_vectors_ed54d4e4 *_wp_args,
    wp_args_vectors_ed54d4e4 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_out = _wp_args->out;
    wp::array_t<wp::float32> var_f = _wp_args->f;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_out = _wp_adj_args->out;
    wp::array_t<wp::float32> adj_f = _wp_adj_args->f;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 8;
    wp::int32 var_2;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_3 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::int32 var_4;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_5 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_6 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_7 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_8 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::float32 var_9 = 0.5;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_10 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::float32 var_11 = 1.0;
    const wp::float32 var_12 = 2.0;
    const wp::float32 var_13 = 3.0;
    wp::vec_t<3, wp::float32> var_14;
    const wp::str var_15 = "shared";
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true> var_16 = wp::tile_alloc_empty<wp::vec_t<3, wp::float32>,wp::tile_shape_t<8>,wp::tile_stride_t<1>,true>();
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_17 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_18 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_19 = wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::int32 var_20;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_3{};
    wp::int32 adj_4 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_5{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_6{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_7{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_8{};
    wp::float32 adj_9 = {};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_10{};
    wp::float32 adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::vec_t<3, wp::float32> adj_14 = {};
    wp::str adj_15 = {};
    wp::tile_shared_t<wp::vec_t<3, wp::float32>,wp::tile_layout_strided_t<wp::tile_shape_t<8>, wp::tile_stride_t<1>>, true>& adj_16 = var_16;
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_17{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_18{};
    wp::tile_register_t<wp::vec_t<3, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_19{};
    wp::int32 adj_20 = {};
    //---------
    // forward
    // def vectors(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // v = wp.tile_load(a, shape=TILE_M, offset=i * TILE_M)                                   <L 31>
    var_2 = wp::mul(var_0, var_1);
    var_3 = wp::tile_load<wp::vec_t<3, wp::float32>, true, false, 8>(var_a, var_2);
    // c = wp.tile_load(f, shape=TILE_M, offset=i * TILE_M)                                   <L 32>
    var_4 = wp::mul(var_0, var_1);
    var_5 = wp::tile_load<wp::float32, true, false, 8>(var_f, var_4);
    // u = v * c + c * v                                                                      <L 33>
    var_6 = wp::tile_mul_elementwise(var_3, var_5);
    var_7 = wp::tile_mul_elementwise(var_5, var_3);
    var_8 = wp::tile_add(var_6, var_7);
    // u = u * 0.5 + wp.tile_full(TILE_M, wp.vec3(1.0, 2.0, 3.0), storage="shared")           <L 34>
    var_10 = wp::tile_mul(var_8, var_9);
    var_14 = wp::vec_t<3, wp::float32>(var_11, var_12, var_13);
    var_16 = wp::tile_full<wp::vec_t<3, wp::float32>, 8>(var_14);
    var_17 = wp::tile_add(var_10, var_16);
    // wp.tile_store(out, u + wp.tile_zeros(shape=TILE_M, dtype=wp.vec3), offset=i * TILE_M)       <L 35>
    var_18 = wp::tile_zeros<wp::vec_t<3, wp::float32>, 8>();
    var_19 = wp::tile_add(var_17, var_18);
    var_20 = wp::mul(var_0, var_1);
    // wp::tile_store<wp::vec_t<3, wp::float32>, true, false>(var_out, var_20, var_19);
    //---------
    // reverse
    wp::adj_tile_store(var_out, var_20, var_19, adj_out, adj_20, adj_19);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_20);
    wp::adj_tile_add(var_17, var_18, adj_17, adj_18, adj_19);
    // adj: wp.tile_store(out, u + wp.tile_zeros(shape=TILE_M, dtype=wp.vec3), offset=i * TILE_M)  <L 35>
    wp::adj_tile_add(var_10, var_16, adj_10, adj_16, adj_17);
    wp::adj_vec_t(var_11, var_12, var_13, adj_11, adj_12, adj_13, adj_14);
    wp::adj_tile_mul(var_8, var_9, adj_8, adj_9, adj_10);
    // adj: u = u * 0.5 + wp.tile_full(TILE_M, wp.vec3(1.0, 2.0, 3.0), storage="shared")      <L 34>
    wp::adj_tile_add(var_6, var_7, adj_6, adj_7, adj_8);
    wp::adj_tile_mul_elementwise(var_5, var_3, adj_5, adj_3, adj_7);
    wp::adj_tile_mul_elementwise(var_3, var_5, adj_3, adj_5, adj_6);
    // adj: u = v * c + c * v                                                                 <L 33>
    wp::adj_tile_load(var_f, var_4, adj_f, adj_4, adj_5);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: c = wp.tile_load(f, shape=TILE_M, offset=i * TILE_M)                              <L 32>
    wp::adj_tile_load(var_a, var_2, adj_a, adj_2, adj_3);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_2);
    // adj: v = wp.tile_load(a, shape=TILE_M, offset=i * TILE_M)                              <L 31>
    // adj: i = wp.tid()                                                                      <L 30>
    // adj: def vectors(a: wp.array(dtype=wp.vec3), out: wp.array(dtype=wp.vec3), f: wp.array(dtype=float)):  <L 29>
    return;
}



struct vectors_ed54d4e4_cpu_block_payload_forward
{
    wp_args_vectors_ed54d4e4* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void vectors_ed54d4e4_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    vectors_ed54d4e4_cpu_block_payload_forward* payload = (vectors_ed54d4e4_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    vectors_ed54d4e4_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void vectors_ed54d4e4_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vectors_ed54d4e4 *_wp_args)
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
        vectors_ed54d4e4_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &vectors_ed54d4e4_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct vectors_ed54d4e4_cpu_block_payload_backward
{
    wp_args_vectors_ed54d4e4* args;
    wp_args_vectors_ed54d4e4* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void vectors_ed54d4e4_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    vectors_ed54d4e4_cpu_block_payload_backward* payload = (vectors_ed54d4e4_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    vectors_ed54d4e4_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void vectors_ed54d4e4_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_vectors_ed54d4e4 *_wp_args,
    wp_args_vectors_ed54d4e4 *_wp_adj_args)
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
        vectors_ed54d4e4_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &vectors_ed54d4e4_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_combine_ee3fe2d3 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> s;
    wp::float32 scale;
};


template <bool wp_linear_contiguous>
static void combine_ee3fe2d3_cpu_kernel_forward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_combine_ee3fe2d3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::float32 var_scale = _wp_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    wp::tuple_t<wp::int32, wp::int32> var_9;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tuple_t<wp::int32, wp::int32> var_11;
    const wp::str var_12 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    const wp::float32 var_14 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,false>();
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tuple_t<wp::int32, wp::int32> var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_24;
    wp::int32 var_25;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_28 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_30 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_31 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_32 = nullptr;
    const wp::int32 var_33 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_34 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_35 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_36 = 0;
    const wp::float32 var_37 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_39 = 0;
    //---------
    // forward
    // def combine(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), s: wp.array(dtype=float), scale: float):       <L 11>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 13>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::mul(var_0, var_2);
    var_6 = wp::mul(var_1, var_3);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_5, var_6);
    // z = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)                                 <L 14>
    var_9 = wp::tuple(var_2, var_3);
    var_10 = wp::tile_zeros<float, 8, 4>();
    // o = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=wp.float32, storage="shared")           <L 15>
    var_11 = wp::tuple(var_2, var_3);
    var_13 = wp::tile_ones<wp::float32, 8, 4>();
    // y = x * 2.0 + o - z                                                                    <L 16>
    var_15 = wp::tile_mul(var_8, var_14);
    var_16 = wp::tile_add(var_15, var_13);
    var_17 = wp::tile_sub(var_16, var_10);
    // w = scale * y * x                                                                      <L 17>
    var_18 = wp::tile_mul(var_17, var_scale);
    var_19 = wp::tile_mul_elementwise(var_18, var_8);
    // w = -w                                                                                 <L 18>
    var_20 = wp::tile_neg(var_19);
    // wp.tile_store(b, w + wp.tile_full(shape=(TILE_M, TILE_N), value=scale, dtype=float), offset=(i * TILE_M, j * TILE_N))       <L 19>
    var_21 = wp::tuple(var_2, var_3);
    var_22 = wp::tile_full<wp::float32, 8, 4>(var_scale);
    var_23 = wp::tile_add(var_20, var_22);
    var_24 = wp::mul(var_0, var_2);
    var_25 = wp::mul(var_1, var_3);
    var_26 = wp::tuple(var_24, var_25);
    wp::tile_store<wp::float32, true, false>(var_b, var_24, var_25, var_23);
    // total = wp.tile_sum(w)                                                                 <L 20>
    var_27 = wp::tile_sum(var_20);
    // wp.tile_store(s, total, offset=i)                                                      <L 21>
    wp::tile_store<wp::float32, true, false>(var_s, var_0, var_27);
    // rows = wp.tile_sum(x, axis=1)                                                          <L 22>
    var_29 = wp::tile_sum_axis<1>(var_8);
    // cols = wp.tile_sum(y, 0)                                                               <L 23>
    var_31 = wp::tile_sum_axis<0>(var_17);
    // wp.tile_store(s, rows + wp.tile_sum(wp.tile_transpose(y), axis=0))                     <L 24>
    var_32 = wp::tile_transpose(var_17);
    var_34 = wp::tile_sum_axis<0>(var_32);
    var_35 = wp::tile_add(var_29, var_34);
    wp::tile_store<wp::float32, true, false>(var_s, var_36, var_35);
    // wp.tile_store(s, cols * 0.5)                                                           <L 25>
    var_38 = wp::tile_mul(var_31, var_37);
    wp::tile_store<wp::float32, true, false>(var_s, var_39, var_38);
}



template <bool wp_linear_contiguous>
static void combine_ee3fe2d3_cpu_kernel_backward(
    wp::launch_bounds_t<2> dim,
    size_t task_index,
    wp_args_combine_ee3fe2d3 *_wp_args,
    wp_args_combine_ee3fe2d3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_s = _wp_args->s;
    wp::float32 var_scale = _wp_args->scale;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_s = _wp_adj_args->s;
    wp::float32 adj_scale = _wp_adj_args->scale;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::int32 var_1;
    const wp::int32 var_2 = 8;
    const wp::int32 var_3 = 4;
    wp::tuple_t<wp::int32, wp::int32> var_4;
    wp::int32 var_5;
    wp::int32 var_6;
    wp::tuple_t<wp::int32, wp::int32> var_7;
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_8 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    wp::tuple_t<wp::int32, wp::int32> var_9;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_10 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tuple_t<wp::int32, wp::int32> var_11;
    const wp::str var_12 = "shared";
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_13 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    const wp::float32 var_14 = 2.0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_15 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_16 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true> var_17 = wp::tile_alloc_empty<wp::float32,wp::tile_shape_t<8,4>,wp::tile_stride_t<4,1>,true>();
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_18 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_19 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_20 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tuple_t<wp::int32, wp::int32> var_21;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_22 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> var_23 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>>{};
    wp::int32 var_24;
    wp::int32 var_25;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> var_27 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>>{};
    const wp::int32 var_28 = 1;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_29 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_30 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_31 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false> var_32 = nullptr;
    const wp::int32 var_33 = 0;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_34 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> var_35 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>>{};
    const wp::int32 var_36 = 0;
    const wp::float32 var_37 = 0.5;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> var_38 = wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>>{};
    const wp::int32 var_39 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_7 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_8 = var_8;
    wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_10{};
    wp::tuple_t<wp::int32, wp::int32> adj_11 = {};
    wp::str adj_12 = {};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_13 = var_13;
    wp::float32 adj_14 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_15{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_16{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<8,4>, wp::tile_stride_t<4,1>>, true>& adj_17 = var_17;
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_18{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_19{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_20{};
    wp::tuple_t<wp::int32, wp::int32> adj_21 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_22{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8,4>>> adj_23{};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<1>>> adj_27{};
    wp::int32 adj_28 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_29{};
    wp::int32 adj_30 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_31{};
    wp::tile_shared_t<wp::float32,wp::tile_layout_strided_t<wp::tile_shape_t<4,8>, wp::tile_stride_t<1,4>>, false>& adj_32 = var_32;
    wp::int32 adj_33 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_34{};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<8>>> adj_35{};
    wp::int32 adj_36 = {};
    wp::float32 adj_37 = {};
    wp::tile_register_t<wp::float32,wp::tile_layout_register_t<wp::tile_shape_t<4>>> adj_38{};
    wp::int32 adj_39 = {};
    //---------
    // forward
    // def combine(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), s: wp.array(dtype=float), scale: float):       <L 11>
    // i, j = wp.tid()                                                                        <L 12>
    builtin_tid2d(var_0, var_1);
    // x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))           <L 13>
    var_4 = wp::tuple(var_2, var_3);
    var_5 = wp::mul(var_0, var_2);
    var_6 = wp::mul(var_1, var_3);
    var_7 = wp::tuple(var_5, var_6);
    var_8 = wp::tile_load<wp::float32, true, false, 8, 4>(var_a, var_5, var_6);
    // z = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)                                 <L 14>
    var_9 = wp::tuple(var_2, var_3);
    var_10 = wp::tile_zeros<float, 8, 4>();
    // o = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=wp.float32, storage="shared")           <L 15>
    var_11 = wp::tuple(var_2, var_3);
    var_13 = wp::tile_ones<wp::float32, 8, 4>();
    // y = x * 2.0 + o - z                                                                    <L 16>
    var_15 = wp::tile_mul(var_8, var_14);
    var_16 = wp::tile_add(var_15, var_13);
    var_17 = wp::tile_sub(var_16, var_10);
    // w = scale * y * x                                                                      <L 17>
    var_18 = wp::tile_mul(var_17, var_scale);
    var_19 = wp::tile_mul_elementwise(var_18, var_8);
    // w = -w                                                                                 <L 18>
    var_20 = wp::tile_neg(var_19);
    // wp.tile_store(b, w + wp.tile_full(shape=(TILE_M, TILE_N), value=scale, dtype=float), offset=(i * TILE_M, j * TILE_N))       <L 19>
    var_21 = wp::tuple(var_2, var_3);
    var_22 = wp::tile_full<wp::float32, 8, 4>(var_scale);
    var_23 = wp::tile_add(var_20, var_22);
    var_24 = wp::mul(var_0, var_2);
    var_25 = wp::mul(var_1, var_3);
    var_26 = wp::tuple(var_24, var_25);
    // wp::tile_store<wp::float32, true, false>(var_b, var_24, var_25, var_23);
    // total = wp.tile_sum(w)                                                                 <L 20>
    var_27 = wp::tile_sum(var_20);
    // wp.tile_store(s, total, offset=i)                                                      <L 21>
    // wp::tile_store<wp::float32, true, false>(var_s, var_0, var_27);
    // rows = wp.tile_sum(x, axis=1)                                                          <L 22>
    var_29 = wp::tile_sum_axis<1>(var_8);
    // cols = wp.tile_sum(y, 0)                                                               <L 23>
    var_31 = wp::tile_sum_axis<0>(var_17);
    // wp.tile_store(s, rows + wp.tile_sum(wp.tile_transpose(y), axis=0))                     <L 24>
    var_32 = wp::tile_transpose(var_17);
    var_34 = wp::tile_sum_axis<0>(var_32);
    var_35 = wp::tile_add(var_29, var_34);
    // wp::tile_store<wp::float32, true, false>(var_s, var_36, var_35);
    // wp.tile_store(s, cols * 0.5)                                                           <L 25>
    var_38 = wp::tile_mul(var_31, var_37);
    // wp::tile_store<wp::float32, true, false>(var_s, var_39, var_38);
    //---------
    // reverse
    wp::adj_tile_store(var_s, var_39, var_38, adj_s, adj_39, adj_38);
    wp::adj_tile_mul(var_31, var_37, adj_31, adj_37, adj_38);
    // adj: wp.tile_store(s, cols * 0.5)                                                      <L 25>
    wp::adj_tile_store(var_s, var_36, var_35, adj_s, adj_36, adj_35);
    wp::adj_tile_add(var_29, var_34, adj_29, adj_34, adj_35);
    wp::adj_tile_sum_axis<0>(var_32, adj_32, adj_34);
    wp::adj_tile_transpose(var_17, adj_17, adj_32);
    // adj: wp.tile_store(s, rows + wp.tile_sum(wp.tile_transpose(y), axis=0))                <L 24>
    wp::adj_tile_sum_axis<0>(var_17, adj_17, adj_31);
    // adj: cols = wp.tile_sum(y, 0)                                                          <L 23>
    wp::adj_tile_sum_axis<1>(var_8, adj_8, adj_29);
    // adj: rows = wp.tile_sum(x, axis=1)                                                     <L 22>
    wp::adj_tile_store(var_s, var_0, var_27, adj_s, adj_0, adj_27);
    // adj: wp.tile_store(s, total, offset=i)                                                 <L 21>
    wp::adj_tile_sum(var_20, adj_20, adj_27);
    // adj: total = wp.tile_sum(w)                                                            <L 20>
    wp::adj_tile_store(var_b, var_24, var_25, var_23, adj_b, adj_24, adj_25, adj_23);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_25);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_24);
    wp::adj_tile_add(var_20, var_22, adj_20, adj_22, adj_23);
    // adj: wp.tile_store(b, w + wp.tile_full(shape=(TILE_M, TILE_N), value=scale, dtype=float), offset=(i * TILE_M, j * TILE_N))  <L 19>
    wp::adj_tile_neg(var_19, adj_19, adj_20);
    // adj: w = -w                                                                            <L 18>
    wp::adj_tile_mul_elementwise(var_18, var_8, adj_18, adj_8, adj_19);
    wp::adj_tile_mul(var_17, var_scale, adj_17, adj_scale, adj_18);
    // adj: w = scale * y * x                                                                 <L 17>
    wp::adj_tile_sub(var_16, var_10, adj_16, adj_10, adj_17);
    wp::adj_tile_add(var_15, var_13, adj_15, adj_13, adj_16);
    wp::adj_tile_mul(var_8, var_14, adj_8, adj_14, adj_15);
    // adj: y = x * 2.0 + o - z                                                               <L 16>
    // adj: o = wp.tile_ones(shape=(TILE_M, TILE_N), dtype=wp.float32, storage="shared")      <L 15>
    // adj: z = wp.tile_zeros(shape=(TILE_M, TILE_N), dtype=float)                            <L 14>
    wp::adj_tile_load(var_a, var_5, var_6, adj_a, adj_5, adj_6, adj_8);
    wp::adj_mul(var_1, var_3, adj_1, adj_3, adj_6);
    wp::adj_mul(var_0, var_2, adj_0, adj_2, adj_5);
    // adj: x = wp.tile_load(a, shape=(TILE_M, TILE_N), offset=(i * TILE_M, j * TILE_N))      <L 13>
    // adj: i, j = wp.tid()                                                                   <L 12>
    // adj: def combine(a: wp.array2d(dtype=float), b: wp.array2d(dtype=float), s: wp.array(dtype=float), scale: float):  <L 11>
    return;
}



struct combine_ee3fe2d3_cpu_block_payload_forward
{
    wp_args_combine_ee3fe2d3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void combine_ee3fe2d3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    combine_ee3fe2d3_cpu_block_payload_forward* payload = (combine_ee3fe2d3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    combine_ee3fe2d3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void combine_ee3fe2d3_cpu_forward(
    wp::launch_bounds_t<2> *dim,
    wp_args_combine_ee3fe2d3 *_wp_args)
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
        combine_ee3fe2d3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &combine_ee3fe2d3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct combine_ee3fe2d3_cpu_block_payload_backward
{
    wp_args_combine_ee3fe2d3* args;
    wp_args_combine_ee3fe2d3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void combine_ee3fe2d3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<2>* dim = (wp::launch_bounds_t<2>*)dim_ptr;
    combine_ee3fe2d3_cpu_block_payload_backward* payload = (combine_ee3fe2d3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    combine_ee3fe2d3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void combine_ee3fe2d3_cpu_backward(
    wp::launch_bounds_t<2> *dim,
    wp_args_combine_ee3fe2d3 *_wp_args,
    wp_args_combine_ee3fe2d3 *_wp_adj_args)
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
        combine_ee3fe2d3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &combine_ee3fe2d3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

