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

struct wp_args_sizes_f64_ae1fc988 {
    wp::array_t<wp::vec_t<2, wp::float64>> a;
    wp::array_t<wp::vec_t<2, wp::float64>> b;
    wp::array_t<wp::vec_t<2, wp::float64>> c;
};


template <bool wp_linear_contiguous>
static void sizes_f64_ae1fc988_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sizes_f64_ae1fc988 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float64>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<2, wp::float64>> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1024;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2048;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 4096;
    wp::tuple_t<wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_29;
    const wp::int32 var_30 = 0;
    //---------
    // forward
    // def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 31>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_a, var_0, var_7);
    // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 32>
    var_10 = wp::tuple(var_8, var_9);
    var_12 = wp::tuple(var_0, var_11);
    var_13 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 2048>(var_b, var_0, var_14);
    // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 33>
    var_17 = wp::tuple(var_15, var_16);
    var_19 = wp::tuple(var_0, var_18);
    var_20 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 4096>(var_c, var_0, var_21);
    // wp.tile_ifft(ta)                                                                       <L 34>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, var_6);
    // wp.tile_fft(tb)                                                                        <L 35>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 32768, 1, 8, var_13);
    // wp.tile_fft(tc)                                                                        <L 36>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 65536, 1, 16, var_20);
    // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 37>
    var_23 = wp::tuple(var_0, var_22);
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_a, var_0, var_24, var_6);
    // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 38>
    var_26 = wp::tuple(var_0, var_25);
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_b, var_0, var_27, var_13);
    // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 39>
    var_29 = wp::tuple(var_0, var_28);
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_c, var_0, var_30, var_20);
}



template <bool wp_linear_contiguous>
static void sizes_f64_ae1fc988_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sizes_f64_ae1fc988 *_wp_args,
    wp_args_sizes_f64_ae1fc988 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float64>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<2, wp::float64>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1024;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2048;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 4096;
    wp::tuple_t<wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_23;
    const wp::int32 var_24 = 0;
    const wp::int32 var_25 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    const wp::int32 var_27 = 0;
    const wp::int32 var_28 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_29;
    const wp::int32 var_30 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> adj_6{};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> adj_13{};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float64>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> adj_20{};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_23 = {};
    wp::int32 adj_24 = {};
    wp::int32 adj_25 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
    wp::int32 adj_27 = {};
    wp::int32 adj_28 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_29 = {};
    wp::int32 adj_30 = {};
    //---------
    // forward
    // def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):       <L 29>
    // i = wp.tid()                                                                           <L 30>
    var_0 = builtin_tid1d();
    // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 31>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_a, var_0, var_7);
    // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 32>
    var_10 = wp::tuple(var_8, var_9);
    var_12 = wp::tuple(var_0, var_11);
    var_13 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 2048>(var_b, var_0, var_14);
    // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 33>
    var_17 = wp::tuple(var_15, var_16);
    var_19 = wp::tuple(var_0, var_18);
    var_20 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 4096>(var_c, var_0, var_21);
    // wp.tile_ifft(ta)                                                                       <L 34>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, var_6);
    // wp.tile_fft(tb)                                                                        <L 35>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 32768, 1, 8, var_13);
    // wp.tile_fft(tc)                                                                        <L 36>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 65536, 1, 16, var_20);
    // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 37>
    var_23 = wp::tuple(var_0, var_22);
    // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_a, var_0, var_24, var_6);
    // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 38>
    var_26 = wp::tuple(var_0, var_25);
    // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_b, var_0, var_27, var_13);
    // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 39>
    var_29 = wp::tuple(var_0, var_28);
    // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_c, var_0, var_30, var_20);
    //---------
    // reverse
    wp::adj_tile_store(var_c, var_0, var_30, var_20, adj_c, adj_0, adj_30, adj_20);
    // adj: wp.tile_store(c, tc, offset=(i, 0))                                               <L 39>
    wp::adj_tile_store(var_b, var_0, var_27, var_13, adj_b, adj_0, adj_27, adj_13);
    // adj: wp.tile_store(b, tb, offset=(i, 0))                                               <L 38>
    wp::adj_tile_store(var_a, var_0, var_24, var_6, adj_a, adj_0, adj_24, adj_6);
    // adj: wp.tile_store(a, ta, offset=(i, 0))                                               <L 37>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 65536, 1, 16, var_20, /* scalar */ 0, /* scalar */ 0, wp::vec2d, 65536, 1, 16, adj_20);
    // adj: wp.tile_fft(tc)                                                                   <L 36>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 32768, 1, 8, var_13, /* scalar */ 0, /* scalar */ 0, wp::vec2d, 32768, 1, 8, adj_13);
    // adj: wp.tile_fft(tb)                                                                   <L 35>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, var_6, /* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, adj_6);
    // adj: wp.tile_ifft(ta)                                                                  <L 34>
    wp::adj_tile_load(var_c, var_0, var_21, adj_c, adj_0, adj_21, adj_20);
    // adj: tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                              <L 33>
    wp::adj_tile_load(var_b, var_0, var_14, adj_b, adj_0, adj_14, adj_13);
    // adj: tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                              <L 32>
    wp::adj_tile_load(var_a, var_0, var_7, adj_a, adj_0, adj_7, adj_6);
    // adj: ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                              <L 31>
    // adj: i = wp.tid()                                                                      <L 30>
    // adj: def sizes_f64(a: wp.array2d(dtype=wp.vec2d), b: wp.array2d(dtype=wp.vec2d), c: wp.array2d(dtype=wp.vec2d)):  <L 29>
    return;
}



struct sizes_f64_ae1fc988_cpu_block_payload_forward
{
    wp_args_sizes_f64_ae1fc988* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sizes_f64_ae1fc988_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sizes_f64_ae1fc988_cpu_block_payload_forward* payload = (sizes_f64_ae1fc988_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sizes_f64_ae1fc988_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sizes_f64_ae1fc988_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sizes_f64_ae1fc988 *_wp_args)
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
        sizes_f64_ae1fc988_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sizes_f64_ae1fc988_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sizes_f64_ae1fc988_cpu_block_payload_backward
{
    wp_args_sizes_f64_ae1fc988* args;
    wp_args_sizes_f64_ae1fc988* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sizes_f64_ae1fc988_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sizes_f64_ae1fc988_cpu_block_payload_backward* payload = (sizes_f64_ae1fc988_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sizes_f64_ae1fc988_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sizes_f64_ae1fc988_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sizes_f64_ae1fc988 *_wp_args,
    wp_args_sizes_f64_ae1fc988 *_wp_adj_args)
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
        sizes_f64_ae1fc988_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sizes_f64_ae1fc988_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_sizes_f32_e54cbb46 {
    wp::array_t<wp::vec_t<2, wp::float32>> a;
    wp::array_t<wp::vec_t<2, wp::float32>> b;
    wp::array_t<wp::vec_t<2, wp::float32>> c;
    wp::array_t<wp::vec_t<2, wp::float32>> d;
};


template <bool wp_linear_contiguous>
static void sizes_f32_e54cbb46_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sizes_f32_e54cbb46 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<2, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<2, wp::float32>> var_d = _wp_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1024;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2048;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 4096;
    wp::tuple_t<wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 8192;
    wp::tuple_t<wp::int32, wp::int32> var_24;
    const wp::int32 var_25 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>> var_27 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>>{};
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_30;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_39;
    const wp::int32 var_40 = 0;
    //---------
    // forward
    // def sizes_f32(                                                                         <L 7>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 14>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 1024>(var_a, var_0, var_7);
    // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 15>
    var_10 = wp::tuple(var_8, var_9);
    var_12 = wp::tuple(var_0, var_11);
    var_13 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 2048>(var_b, var_0, var_14);
    // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 16>
    var_17 = wp::tuple(var_15, var_16);
    var_19 = wp::tuple(var_0, var_18);
    var_20 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 4096>(var_c, var_0, var_21);
    // td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))                                   <L 17>
    var_24 = wp::tuple(var_22, var_23);
    var_26 = wp::tuple(var_0, var_25);
    var_27 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 8192>(var_d, var_0, var_28);
    // wp.tile_fft(ta)                                                                        <L 18>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 8192, 1, 4, var_6);
    // wp.tile_fft(tb)                                                                        <L 19>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 1, 8, var_13);
    // wp.tile_ifft(tc)                                                                       <L 20>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 32768, 1, 16, var_20);
    // wp.tile_fft(td)                                                                        <L 21>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 65536, 1, 32, var_27);
    // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 22>
    var_30 = wp::tuple(var_0, var_29);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_a, var_0, var_31, var_6);
    // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 23>
    var_33 = wp::tuple(var_0, var_32);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_b, var_0, var_34, var_13);
    // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 24>
    var_36 = wp::tuple(var_0, var_35);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_c, var_0, var_37, var_20);
    // wp.tile_store(d, td, offset=(i, 0))                                                    <L 25>
    var_39 = wp::tuple(var_0, var_38);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_d, var_0, var_40, var_27);
}



template <bool wp_linear_contiguous>
static void sizes_f32_e54cbb46_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_sizes_f32_e54cbb46 *_wp_args,
    wp_args_sizes_f32_e54cbb46 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<2, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<2, wp::float32>> var_d = _wp_args->d;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_c = _wp_adj_args->c;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_d = _wp_adj_args->d;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 1;
    const wp::int32 var_2 = 1024;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    const wp::int32 var_4 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_5;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> var_6 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>>{};
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 1;
    const wp::int32 var_9 = 2048;
    wp::tuple_t<wp::int32, wp::int32> var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> var_13 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>>{};
    const wp::int32 var_14 = 0;
    const wp::int32 var_15 = 1;
    const wp::int32 var_16 = 4096;
    wp::tuple_t<wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_19;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> var_20 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>>{};
    const wp::int32 var_21 = 0;
    const wp::int32 var_22 = 1;
    const wp::int32 var_23 = 8192;
    wp::tuple_t<wp::int32, wp::int32> var_24;
    const wp::int32 var_25 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_26;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>> var_27 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>>{};
    const wp::int32 var_28 = 0;
    const wp::int32 var_29 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_30;
    const wp::int32 var_31 = 0;
    const wp::int32 var_32 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_33;
    const wp::int32 var_34 = 0;
    const wp::int32 var_35 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_36;
    const wp::int32 var_37 = 0;
    const wp::int32 var_38 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_39;
    const wp::int32 var_40 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_5 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,1024>>> adj_6{};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::int32 adj_9 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,2048>>> adj_13{};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_19 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,4096>>> adj_20{};
    wp::int32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_24 = {};
    wp::int32 adj_25 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_26 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<1,8192>>> adj_27{};
    wp::int32 adj_28 = {};
    wp::int32 adj_29 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_30 = {};
    wp::int32 adj_31 = {};
    wp::int32 adj_32 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_33 = {};
    wp::int32 adj_34 = {};
    wp::int32 adj_35 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_36 = {};
    wp::int32 adj_37 = {};
    wp::int32 adj_38 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_39 = {};
    wp::int32 adj_40 = {};
    //---------
    // forward
    // def sizes_f32(                                                                         <L 7>
    // i = wp.tid()                                                                           <L 13>
    var_0 = builtin_tid1d();
    // ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                                   <L 14>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 1024>(var_a, var_0, var_7);
    // tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                                   <L 15>
    var_10 = wp::tuple(var_8, var_9);
    var_12 = wp::tuple(var_0, var_11);
    var_13 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 2048>(var_b, var_0, var_14);
    // tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                                   <L 16>
    var_17 = wp::tuple(var_15, var_16);
    var_19 = wp::tuple(var_0, var_18);
    var_20 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 4096>(var_c, var_0, var_21);
    // td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))                                   <L 17>
    var_24 = wp::tuple(var_22, var_23);
    var_26 = wp::tuple(var_0, var_25);
    var_27 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 1, 8192>(var_d, var_0, var_28);
    // wp.tile_fft(ta)                                                                        <L 18>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 8192, 1, 4, var_6);
    // wp.tile_fft(tb)                                                                        <L 19>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 1, 8, var_13);
    // wp.tile_ifft(tc)                                                                       <L 20>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 32768, 1, 16, var_20);
    // wp.tile_fft(td)                                                                        <L 21>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 65536, 1, 32, var_27);
    // wp.tile_store(a, ta, offset=(i, 0))                                                    <L 22>
    var_30 = wp::tuple(var_0, var_29);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_a, var_0, var_31, var_6);
    // wp.tile_store(b, tb, offset=(i, 0))                                                    <L 23>
    var_33 = wp::tuple(var_0, var_32);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_b, var_0, var_34, var_13);
    // wp.tile_store(c, tc, offset=(i, 0))                                                    <L 24>
    var_36 = wp::tuple(var_0, var_35);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_c, var_0, var_37, var_20);
    // wp.tile_store(d, td, offset=(i, 0))                                                    <L 25>
    var_39 = wp::tuple(var_0, var_38);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_d, var_0, var_40, var_27);
    //---------
    // reverse
    wp::adj_tile_store(var_d, var_0, var_40, var_27, adj_d, adj_0, adj_40, adj_27);
    // adj: wp.tile_store(d, td, offset=(i, 0))                                               <L 25>
    wp::adj_tile_store(var_c, var_0, var_37, var_20, adj_c, adj_0, adj_37, adj_20);
    // adj: wp.tile_store(c, tc, offset=(i, 0))                                               <L 24>
    wp::adj_tile_store(var_b, var_0, var_34, var_13, adj_b, adj_0, adj_34, adj_13);
    // adj: wp.tile_store(b, tb, offset=(i, 0))                                               <L 23>
    wp::adj_tile_store(var_a, var_0, var_31, var_6, adj_a, adj_0, adj_31, adj_6);
    // adj: wp.tile_store(a, ta, offset=(i, 0))                                               <L 22>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 65536, 1, 32, var_27, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 65536, 1, 32, adj_27);
    // adj: wp.tile_fft(td)                                                                   <L 21>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 32768, 1, 16, var_20, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 32768, 1, 16, adj_20);
    // adj: wp.tile_ifft(tc)                                                                  <L 20>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 1, 8, var_13, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 1, 8, adj_13);
    // adj: wp.tile_fft(tb)                                                                   <L 19>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 8192, 1, 4, var_6, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 8192, 1, 4, adj_6);
    // adj: wp.tile_fft(ta)                                                                   <L 18>
    wp::adj_tile_load(var_d, var_0, var_28, adj_d, adj_0, adj_28, adj_27);
    // adj: td = wp.tile_load(d, shape=(1, 8192), offset=(i, 0))                              <L 17>
    wp::adj_tile_load(var_c, var_0, var_21, adj_c, adj_0, adj_21, adj_20);
    // adj: tc = wp.tile_load(c, shape=(1, 4096), offset=(i, 0))                              <L 16>
    wp::adj_tile_load(var_b, var_0, var_14, adj_b, adj_0, adj_14, adj_13);
    // adj: tb = wp.tile_load(b, shape=(1, 2048), offset=(i, 0))                              <L 15>
    wp::adj_tile_load(var_a, var_0, var_7, adj_a, adj_0, adj_7, adj_6);
    // adj: ta = wp.tile_load(a, shape=(1, 1024), offset=(i, 0))                              <L 14>
    // adj: i = wp.tid()                                                                      <L 13>
    // adj: def sizes_f32(                                                                    <L 7>
    return;
}



struct sizes_f32_e54cbb46_cpu_block_payload_forward
{
    wp_args_sizes_f32_e54cbb46* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sizes_f32_e54cbb46_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sizes_f32_e54cbb46_cpu_block_payload_forward* payload = (sizes_f32_e54cbb46_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sizes_f32_e54cbb46_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void sizes_f32_e54cbb46_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sizes_f32_e54cbb46 *_wp_args)
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
        sizes_f32_e54cbb46_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sizes_f32_e54cbb46_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct sizes_f32_e54cbb46_cpu_block_payload_backward
{
    wp_args_sizes_f32_e54cbb46* args;
    wp_args_sizes_f32_e54cbb46* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void sizes_f32_e54cbb46_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    sizes_f32_e54cbb46_cpu_block_payload_backward* payload = (sizes_f32_e54cbb46_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    sizes_f32_e54cbb46_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void sizes_f32_e54cbb46_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_sizes_f32_e54cbb46 *_wp_args,
    wp_args_sizes_f32_e54cbb46 *_wp_adj_args)
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
        sizes_f32_e54cbb46_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &sizes_f32_e54cbb46_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

