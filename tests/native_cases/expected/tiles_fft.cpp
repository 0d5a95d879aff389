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


// warpsynth/tiles_fft.py:9
static wp::vec_t<2, wp::float32> spectral_gain_0(
    wp::vec_t<2, wp::float32> var_z)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // forward
    // def spectral_gain(z: wp.vec2f):                                                        <L 10>
    // return z * 0.5                                                                         <L 11>
    var_1 = wp::mul(var_z, var_0);
    return var_1;
}


// warpsynth/tiles_fft.py:9
static void adj_spectral_gain_0(
    wp::vec_t<2, wp::float32> var_z,
    wp::vec_t<2, wp::float32> & adj_z,
    wp::vec_t<2, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 0.5;
    wp::vec_t<2, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<2, wp::float32> adj_1 = {};
    //---------
    // forward
    // def spectral_gain(z: wp.vec2f):                                                        <L 10>
    // return z * 0.5                                                                         <L 11>
    var_1 = wp::mul(var_z, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_z, var_0, adj_z, adj_0, adj_1);
    // adj: return z * 0.5                                                                    <L 11>
    // adj: def spectral_gain(z: wp.vec2f):                                                   <L 10>
    return;
}

struct wp_args_spectrum_4b80a7b1 {
    wp::array_t<wp::vec_t<2, wp::float64>> x;
    wp::array_t<wp::vec_t<2, wp::float64>> power;
};


template <bool wp_linear_contiguous>
static void spectrum_4b80a7b1_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spectrum_4b80a7b1 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_power = _wp_args->power;
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
    const wp::int32 var_8 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_9;
    const wp::int32 var_10 = 0;
    //---------
    // forward
    // def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):        <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))                                    <L 27>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_x, var_0, var_7);
    // wp.tile_fft(a)                                                                         <L 28>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, var_6);
    // wp.tile_store(power, a, offset=(i, 0))                                                 <L 29>
    var_9 = wp::tuple(var_0, var_8);
    wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_power, var_0, var_10, var_6);
}



template <bool wp_linear_contiguous>
static void spectrum_4b80a7b1_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_spectrum_4b80a7b1 *_wp_args,
    wp_args_spectrum_4b80a7b1 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float64>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> var_power = _wp_args->power;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float64>> adj_power = _wp_adj_args->power;
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
    const wp::int32 var_8 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_9;
    const wp::int32 var_10 = 0;
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
    wp::tuple_t<wp::int32, wp::int32> adj_9 = {};
    wp::int32 adj_10 = {};
    //---------
    // forward
    // def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):        <L 25>
    // i = wp.tid()                                                                           <L 26>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))                                    <L 27>
    var_3 = wp::tuple(var_1, var_2);
    var_5 = wp::tuple(var_0, var_4);
    var_6 = wp::tile_load<wp::vec_t<2, wp::float64>, true, false, 1, 1024>(var_x, var_0, var_7);
    // wp.tile_fft(a)                                                                         <L 28>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, var_6);
    // wp.tile_store(power, a, offset=(i, 0))                                                 <L 29>
    var_9 = wp::tuple(var_0, var_8);
    // wp::tile_store<wp::vec_t<2, wp::float64>, true, false>(var_power, var_0, var_10, var_6);
    //---------
    // reverse
    wp::adj_tile_store(var_power, var_0, var_10, var_6, adj_power, adj_0, adj_10, adj_6);
    // adj: wp.tile_store(power, a, offset=(i, 0))                                            <L 29>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, var_6, /* scalar */ 0, /* scalar */ 0, wp::vec2d, 16384, 1, 4, adj_6);
    // adj: wp.tile_fft(a)                                                                    <L 28>
    wp::adj_tile_load(var_x, var_0, var_7, adj_x, adj_0, adj_7, adj_6);
    // adj: a = wp.tile_load(x, shape=(1, 1024), offset=(i, 0))                               <L 27>
    // adj: i = wp.tid()                                                                      <L 26>
    // adj: def spectrum(x: wp.array2d(dtype=wp.vec2d), power: wp.array2d(dtype=wp.vec2d)):   <L 25>
    return;
}



struct spectrum_4b80a7b1_cpu_block_payload_forward
{
    wp_args_spectrum_4b80a7b1* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spectrum_4b80a7b1_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spectrum_4b80a7b1_cpu_block_payload_forward* payload = (spectrum_4b80a7b1_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spectrum_4b80a7b1_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void spectrum_4b80a7b1_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spectrum_4b80a7b1 *_wp_args)
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
        spectrum_4b80a7b1_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spectrum_4b80a7b1_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct spectrum_4b80a7b1_cpu_block_payload_backward
{
    wp_args_spectrum_4b80a7b1* args;
    wp_args_spectrum_4b80a7b1* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void spectrum_4b80a7b1_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    spectrum_4b80a7b1_cpu_block_payload_backward* payload = (spectrum_4b80a7b1_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    spectrum_4b80a7b1_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void spectrum_4b80a7b1_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_spectrum_4b80a7b1 *_wp_args,
    wp_args_spectrum_4b80a7b1 *_wp_adj_args)
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
        spectrum_4b80a7b1_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &spectrum_4b80a7b1_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_inverse_3d_54732a10 {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
};


template <bool wp_linear_contiguous>
static void inverse_3d_54732a10_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inverse_3d_54732a10 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 2;
    const wp::int32 var_3 = 2048;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_9;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>> var_10 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>>{};
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 2;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    //---------
    // forward
    // def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):                                         <L 33>
    // i = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))                          <L 35>
    var_4 = wp::tuple(var_1, var_2, var_3);
    var_6 = wp::mul(var_0, var_5);
    var_9 = wp::tuple(var_6, var_7, var_8);
    var_10 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 2, 2048>(var_x, var_6, var_11, var_12);
    // wp.tile_ifft(a)                                                                        <L 36>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 4, 8, var_10);
    // wp.tile_store(x, a, offset=(i * 2, 0, 0))                                              <L 37>
    var_14 = wp::mul(var_0, var_13);
    var_17 = wp::tuple(var_14, var_15, var_16);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_14, var_18, var_19, var_10);
}



template <bool wp_linear_contiguous>
static void inverse_3d_54732a10_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_inverse_3d_54732a10 *_wp_args,
    wp_args_inverse_3d_54732a10 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 2;
    const wp::int32 var_3 = 2048;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_4;
    const wp::int32 var_5 = 2;
    wp::int32 var_6;
    const wp::int32 var_7 = 0;
    const wp::int32 var_8 = 0;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_9;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>> var_10 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>>{};
    const wp::int32 var_11 = 0;
    const wp::int32 var_12 = 0;
    const wp::int32 var_13 = 2;
    wp::int32 var_14;
    const wp::int32 var_15 = 0;
    const wp::int32 var_16 = 0;
    wp::tuple_t<wp::int32, wp::int32, wp::int32> var_17;
    const wp::int32 var_18 = 0;
    const wp::int32 var_19 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::int32 adj_3 = {};
    wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_4 = {};
    wp::int32 adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_9 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,2,2048>>> adj_10{};
    wp::int32 adj_11 = {};
    wp::int32 adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    wp::int32 adj_16 = {};
    wp::tuple_t<wp::int32, wp::int32, wp::int32> adj_17 = {};
    wp::int32 adj_18 = {};
    wp::int32 adj_19 = {};
    //---------
    // forward
    // def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):                                         <L 33>
    // i = wp.tid()                                                                           <L 34>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))                          <L 35>
    var_4 = wp::tuple(var_1, var_2, var_3);
    var_6 = wp::mul(var_0, var_5);
    var_9 = wp::tuple(var_6, var_7, var_8);
    var_10 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 2, 2048>(var_x, var_6, var_11, var_12);
    // wp.tile_ifft(a)                                                                        <L 36>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 4, 8, var_10);
    // wp.tile_store(x, a, offset=(i * 2, 0, 0))                                              <L 37>
    var_14 = wp::mul(var_0, var_13);
    var_17 = wp::tuple(var_14, var_15, var_16);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_x, var_14, var_18, var_19, var_10);
    //---------
    // reverse
    wp::adj_tile_store(var_x, var_14, var_18, var_19, var_10, adj_x, adj_14, adj_18, adj_19, adj_10);
    wp::adj_mul(var_0, var_13, adj_0, adj_13, adj_14);
    // adj: wp.tile_store(x, a, offset=(i * 2, 0, 0))                                         <L 37>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 4, 8, var_10, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 16384, 4, 8, adj_10);
    // adj: wp.tile_ifft(a)                                                                   <L 36>
    wp::adj_tile_load(var_x, var_6, var_11, var_12, adj_x, adj_6, adj_11, adj_12, adj_10);
    wp::adj_mul(var_0, var_5, adj_0, adj_5, adj_6);
    // adj: a = wp.tile_load(x, shape=(2, 2, 2048), offset=(i * 2, 0, 0))                     <L 35>
    // adj: i = wp.tid()                                                                      <L 34>
    // adj: def inverse_3d(x: wp.array3d(dtype=wp.vec2f)):                                    <L 33>
    return;
}



struct inverse_3d_54732a10_cpu_block_payload_forward
{
    wp_args_inverse_3d_54732a10* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void inverse_3d_54732a10_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    inverse_3d_54732a10_cpu_block_payload_forward* payload = (inverse_3d_54732a10_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    inverse_3d_54732a10_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void inverse_3d_54732a10_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inverse_3d_54732a10 *_wp_args)
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
        inverse_3d_54732a10_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &inverse_3d_54732a10_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct inverse_3d_54732a10_cpu_block_payload_backward
{
    wp_args_inverse_3d_54732a10* args;
    wp_args_inverse_3d_54732a10* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void inverse_3d_54732a10_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    inverse_3d_54732a10_cpu_block_payload_backward* payload = (inverse_3d_54732a10_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    inverse_3d_54732a10_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void inverse_3d_54732a10_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_inverse_3d_54732a10 *_wp_args,
    wp_args_inverse_3d_54732a10 *_wp_adj_args)
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
        inverse_3d_54732a10_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &inverse_3d_54732a10_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_roundtrip_fce5dabc {
    wp::array_t<wp::vec_t<2, wp::float32>> x;
    wp::array_t<wp::vec_t<2, wp::float32>> y;
};


template <bool wp_linear_contiguous>
static void roundtrip_fce5dabc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_roundtrip_fce5dabc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 512;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_6;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_7 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_9 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    const wp::int32 var_13 = 0;
    //---------
    // forward
    // def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):           <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))                             <L 17>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::mul(var_0, var_1);
    var_6 = wp::tuple(var_4, var_5);
    var_7 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 512>(var_x, var_4, var_8);
    // wp.tile_fft(a)                                                                         <L 18>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_7);
    // b = wp.tile_map(spectral_gain, a)                                                      <L 19>
    var_9 = wp::tile_unary_map(spectral_gain_0, var_7);
    // wp.tile_ifft(b)                                                                        <L 20>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_9);
    // wp.tile_store(y, b, offset=(i * ROWS, 0))                                              <L 21>
    var_10 = wp::mul(var_0, var_1);
    var_12 = wp::tuple(var_10, var_11);
    wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_y, var_10, var_13, var_9);
}



template <bool wp_linear_contiguous>
static void roundtrip_fce5dabc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_roundtrip_fce5dabc *_wp_args,
    wp_args_roundtrip_fce5dabc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float32>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> var_y = _wp_args->y;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float32>> adj_y = _wp_adj_args->y;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 2;
    const wp::int32 var_2 = 512;
    wp::tuple_t<wp::int32, wp::int32> var_3;
    wp::int32 var_4;
    const wp::int32 var_5 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_6;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_7 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
    const wp::int32 var_8 = 0;
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> var_9 = wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>>{};
    wp::int32 var_10;
    const wp::int32 var_11 = 0;
    wp::tuple_t<wp::int32, wp::int32> var_12;
    const wp::int32 var_13 = 0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_3 = {};
    wp::int32 adj_4 = {};
    wp::int32 adj_5 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_6 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> adj_7{};
    wp::int32 adj_8 = {};
    wp::tile_register_t<wp::vec_t<2, wp::float32>,wp::tile_layout_register_t<wp::tile_shape_t<2,512>>> adj_9{};
    wp::int32 adj_10 = {};
    wp::int32 adj_11 = {};
    wp::tuple_t<wp::int32, wp::int32> adj_12 = {};
    wp::int32 adj_13 = {};
    //---------
    // forward
    // def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):           <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))                             <L 17>
    var_3 = wp::tuple(var_1, var_2);
    var_4 = wp::mul(var_0, var_1);
    var_6 = wp::tuple(var_4, var_5);
    var_7 = wp::tile_load<wp::vec_t<2, wp::float32>, true, false, 2, 512>(var_x, var_4, var_8);
    // wp.tile_fft(a)                                                                         <L 18>
    tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_7);
    // b = wp.tile_map(spectral_gain, a)                                                      <L 19>
    var_9 = wp::tile_unary_map(spectral_gain_0, var_7);
    // wp.tile_ifft(b)                                                                        <L 20>
    tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_9);
    // wp.tile_store(y, b, offset=(i * ROWS, 0))                                              <L 21>
    var_10 = wp::mul(var_0, var_1);
    var_12 = wp::tuple(var_10, var_11);
    // wp::tile_store<wp::vec_t<2, wp::float32>, true, false>(var_y, var_10, var_13, var_9);
    //---------
    // reverse
    wp::adj_tile_store(var_y, var_10, var_13, var_9, adj_y, adj_10, adj_13, adj_9);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_10);
    // adj: wp.tile_store(y, b, offset=(i * ROWS, 0))                                         <L 21>
    adj_tile_ifft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_9, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, adj_9);
    // adj: wp.tile_ifft(b)                                                                   <L 20>
    wp::adj_tile_unary_map(spectral_gain_0, var_7, adj_spectral_gain_0, adj_7, adj_9);
    // adj: b = wp.tile_map(spectral_gain, a)                                                 <L 19>
    adj_tile_fft(/* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, var_7, /* scalar */ 0, /* scalar */ 0, wp::vec2f, 4096, 2, 2, adj_7);
    // adj: wp.tile_fft(a)                                                                    <L 18>
    wp::adj_tile_load(var_x, var_4, var_8, adj_x, adj_4, adj_8, adj_7);
    wp::adj_mul(var_0, var_1, adj_0, adj_1, adj_4);
    // adj: a = wp.tile_load(x, shape=(ROWS, N), offset=(i * ROWS, 0))                        <L 17>
    // adj: i = wp.tid()                                                                      <L 16>
    // adj: def roundtrip(x: wp.array2d(dtype=wp.vec2f), y: wp.array2d(dtype=wp.vec2f)):      <L 15>
    return;
}



struct roundtrip_fce5dabc_cpu_block_payload_forward
{
    wp_args_roundtrip_fce5dabc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void roundtrip_fce5dabc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    roundtrip_fce5dabc_cpu_block_payload_forward* payload = (roundtrip_fce5dabc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    roundtrip_fce5dabc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void roundtrip_fce5dabc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_roundtrip_fce5dabc *_wp_args)
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
        roundtrip_fce5dabc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &roundtrip_fce5dabc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct roundtrip_fce5dabc_cpu_block_payload_backward
{
    wp_args_roundtrip_fce5dabc* args;
    wp_args_roundtrip_fce5dabc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void roundtrip_fce5dabc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    roundtrip_fce5dabc_cpu_block_payload_backward* payload = (roundtrip_fce5dabc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    roundtrip_fce5dabc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void roundtrip_fce5dabc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_roundtrip_fce5dabc *_wp_args,
    wp_args_roundtrip_fce5dabc *_wp_adj_args)
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
        roundtrip_fce5dabc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &roundtrip_fce5dabc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

