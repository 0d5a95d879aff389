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


// warpsynth/func_overloads.py:23
static wp::float32 scale_2(
    wp::float32 var_x,
    wp::float32 var_y)
{
    //---------
    // primal vars
    wp::float32 var_0;
    //---------
    // forward
    // def scale(x: float, y: float):                                                         <L 24>
    // return x * y                                                                           <L 25>
    var_0 = wp::mul(var_x, var_y);
    return var_0;
}


// warpsynth/func_overloads.py:11
static wp::vec_t<3, wp::float32> scale_1(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // forward
    // def scale(v: wp.vec3):                                                                 <L 12>
    // return v * 3.0                                                                         <L 13>
    var_1 = wp::mul(var_v, var_0);
    return var_1;
}


// warpsynth/func_overloads.py:33
static wp::vec_t<3, wp::float32> twice_0(
    wp::vec_t<3, wp::float32> var_v)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // forward
    // def twice(v: wp.vec3):                                                                 <L 34>
    // return scale(v) + scale(scale(v[0], 0.5), 2.0) * v                                     <L 35>
    var_0 = scale_1(var_v);
    var_2 = wp::extract(var_v, var_1);
    var_4 = scale_2(var_2, var_3);
    var_6 = scale_2(var_4, var_5);
    var_7 = wp::mul(var_6, var_v);
    var_8 = wp::add(var_0, var_7);
    return var_8;
}


// warpsynth/func_overloads.py:28
static wp::int32 scale_3(
    wp::int32 var_x)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    //---------
    // forward
    // def scale(x: int):                                                                     <L 29>
    // return x + 1                                                                           <L 30>
    var_1 = wp::add(var_x, var_0);
    return var_1;
}


// warpsynth/func_overloads.py:6
static wp::float32 scale_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def scale(x: float):                                                                   <L 7>
    // return x * 2.0                                                                         <L 8>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/func_overloads.py:46
static wp::float32 blend_0(
    wp::int32 var_x,
    wp::float32 var_w)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // forward
    // def blend(x: wp.int32, w: float = 2.0):                                                <L 47>
    // return float(x) * w                                                                    <L 48>
    var_0 = wp::float(var_x);
    var_1 = wp::mul(var_0, var_w);
    return var_1;
}


// warpsynth/func_overloads.py:51
static wp::float32 blend_1(
    wp::float32 var_x)
{
    //---------
    // primal vars
    //---------
    // forward
    // def blend(x: float):                                                                   <L 52>
    // return x                                                                               <L 53>
    return var_x;
}


// warpsynth/func_overloads.py:23
static void adj_scale_2(
    wp::float32 var_x,
    wp::float32 var_y,
    wp::float32 & adj_x,
    wp::float32 & adj_y,
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
    // def scale(x: float, y: float):                                                         <L 24>
    // return x * y                                                                           <L 25>
    var_0 = wp::mul(var_x, var_y);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_0 += adj_ret;
    wp::adj_mul(var_x, var_y, adj_x, adj_y, adj_0);
    // adj: return x * y                                                                      <L 25>
    // adj: def scale(x: float, y: float):                                                    <L 24>
    return;
}


// warpsynth/func_overloads.py:11
static void adj_scale_1(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 3.0;
    wp::vec_t<3, wp::float32> var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    //---------
    // forward
    // def scale(v: wp.vec3):                                                                 <L 12>
    // return v * 3.0                                                                         <L 13>
    var_1 = wp::mul(var_v, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_v, var_0, adj_v, adj_0, adj_1);
    // adj: return v * 3.0                                                                    <L 13>
    // adj: def scale(v: wp.vec3):                                                            <L 12>
    return;
}


// warpsynth/func_overloads.py:33
static void adj_twice_0(
    wp::vec_t<3, wp::float32> var_v,
    wp::vec_t<3, wp::float32> & adj_v,
    wp::vec_t<3, wp::float32> & adj_ret)
{
    //---------
    // primal vars
    wp::vec_t<3, wp::float32> var_0;
    const wp::int32 var_1 = 0;
    wp::float32 var_2;
    const wp::float32 var_3 = 0.5;
    wp::float32 var_4;
    const wp::float32 var_5 = 2.0;
    wp::float32 var_6;
    wp::vec_t<3, wp::float32> var_7;
    wp::vec_t<3, wp::float32> var_8;
    //---------
    // dual vars
    wp::vec_t<3, wp::float32> adj_0 = {};
    wp::int32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    wp::float32 adj_6 = {};
    wp::vec_t<3, wp::float32> adj_7 = {};
    wp::vec_t<3, wp::float32> adj_8 = {};
    //---------
    // forward
    // def twice(v: wp.vec3):                                                                 <L 34>
    // return scale(v) + scale(scale(v[0], 0.5), 2.0) * v                                     <L 35>
    var_0 = scale_1(var_v);
    var_2 = wp::extract(var_v, var_1);
    var_4 = scale_2(var_2, var_3);
    var_6 = scale_2(var_4, var_5);
    var_7 = wp::mul(var_6, var_v);
    var_8 = wp::add(var_0, var_7);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_8 += adj_ret;
    wp::adj_add(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_mul(var_6, var_v, adj_6, adj_v, adj_7);
    adj_scale_2(var_4, var_5, adj_4, adj_5, adj_6);
    adj_scale_2(var_2, var_3, adj_2, adj_3, adj_4);
    wp::adj_extract(var_v, var_1, adj_v, adj_1, adj_2);
    adj_scale_1(var_v, adj_v, adj_0);
    // adj: return scale(v) + scale(scale(v[0], 0.5), 2.0) * v                                <L 35>
    // adj: def twice(v: wp.vec3):                                                            <L 34>
    return;
}


// warpsynth/func_overloads.py:28
static void adj_scale_3(
    wp::int32 var_x,
    wp::int32 & adj_x,
    wp::int32 & adj_ret)
{
    //---------
    // primal vars
    const wp::int32 var_0 = 1;
    wp::int32 var_1;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def scale(x: int):                                                                     <L 29>
    // return x + 1                                                                           <L 30>
    var_1 = wp::add(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_add(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x + 1                                                                      <L 30>
    // adj: def scale(x: int):                                                                <L 29>
    return;
}


// warpsynth/func_overloads.py:6
static void adj_scale_0(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def scale(x: float):                                                                   <L 7>
    // return x * 2.0                                                                         <L 8>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 8>
    // adj: def scale(x: float):                                                              <L 7>
    return;
}


// warpsynth/func_overloads.py:46
static void adj_blend_0(
    wp::int32 var_x,
    wp::float32 var_w,
    wp::int32 & adj_x,
    wp::float32 & adj_w,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    wp::float32 var_0;
    wp::float32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def blend(x: wp.int32, w: float = 2.0):                                                <L 47>
    // return float(x) * w                                                                    <L 48>
    var_0 = wp::float(var_x);
    var_1 = wp::mul(var_0, var_w);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_0, var_w, adj_0, adj_w, adj_1);
    wp::adj_float(var_x, adj_x, adj_0);
    // adj: return float(x) * w                                                               <L 48>
    // adj: def blend(x: wp.int32, w: float = 2.0):                                           <L 47>
    return;
}


// warpsynth/func_overloads.py:51
static void adj_blend_1(
    wp::float32 var_x,
    wp::float32 & adj_x,
    wp::float32 & adj_ret)
{
    //---------
    // primal vars
    //---------
    // dual vars
    //---------
    // forward
    // def blend(x: float):                                                                   <L 52>
    // return x                                                                               <L 53>
    goto label0;
    //---------
    // reverse
    label0:;
    adj_x += adj_ret;
    // adj: return x                                                                          <L 53>
    // adj: def blend(x: float):                                                              <L 52>
    return;
}

struct wp_args_use_all_34ca66a3 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::int32> c;
};


template <bool wp_linear_contiguous>
static void use_all_34ca66a3_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_all_34ca66a3 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
    //---------
    // forward
    // def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])                                         <L 41>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = scale_2(var_4, var_2);
    var_6 = wp::address(var_a, var_0);
    var_8 = wp::load(var_6);
    var_7 = scale_2(var_8, var_5);
    var_9 = wp::add(var_3, var_7);
    wp::array_store(var_a, var_0, var_9);
    // b[i] = twice(b[i])                                                                     <L 42>
    var_10 = wp::address(var_b, var_0);
    var_12 = wp::load(var_10);
    var_11 = twice_0(var_12);
    wp::array_store(var_b, var_0, var_11);
    // c[i] = scale(c[i])                                                                     <L 43>
    var_13 = wp::address(var_c, var_0);
    var_15 = wp::load(var_13);
    var_14 = scale_3(var_15);
    wp::array_store(var_c, var_0, var_14);
}



template <bool wp_linear_contiguous>
static void use_all_34ca66a3_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_all_34ca66a3 *_wp_args,
    wp_args_use_all_34ca66a3 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::int32> var_c = _wp_args->c;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::int32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32 var_3;
    wp::float32 var_4;
    const wp::float32 var_5 = 1.0;
    wp::float32* var_6;
    wp::float32 var_7;
    wp::float32 var_8;
    wp::float32 var_9;
    wp::vec_t<3, wp::float32>* var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::vec_t<3, wp::float32> var_12;
    wp::int32* var_13;
    wp::int32 var_14;
    wp::int32 var_15;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::vec_t<3, wp::float32> adj_12 = {};
    wp::int32 adj_13 = {};
    wp::int32 adj_14 = {};
    wp::int32 adj_15 = {};
    //---------
    // forward
    // def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):       <L 39>
    // i = wp.tid()                                                                           <L 40>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])                                         <L 41>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = scale_2(var_4, var_2);
    var_6 = wp::address(var_a, var_0);
    var_8 = wp::load(var_6);
    var_7 = scale_2(var_8, var_5);
    var_9 = wp::add(var_3, var_7);
    // wp::array_store(var_a, var_0, var_9);
    // b[i] = twice(b[i])                                                                     <L 42>
    var_10 = wp::address(var_b, var_0);
    var_12 = wp::load(var_10);
    var_11 = twice_0(var_12);
    // wp::array_store(var_b, var_0, var_11);
    // c[i] = scale(c[i])                                                                     <L 43>
    var_13 = wp::address(var_c, var_0);
    var_15 = wp::load(var_13);
    var_14 = scale_3(var_15);
    // wp::array_store(var_c, var_0, var_14);
    //---------
    // reverse
    wp::adj_array_store(var_c, var_0, var_14, adj_c, adj_0, adj_14);
    adj_scale_3(var_15, adj_13, adj_14);
    wp::adj_address(var_c, var_0, adj_c, adj_0, adj_13);
    // adj: c[i] = scale(c[i])                                                                <L 43>
    wp::adj_array_store(var_b, var_0, var_11, adj_b, adj_0, adj_11);
    adj_twice_0(var_12, adj_10, adj_11);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_10);
    // adj: b[i] = twice(b[i])                                                                <L 42>
    wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
    wp::adj_add(var_3, var_7, adj_3, adj_7, adj_9);
    adj_scale_2(var_8, var_5, adj_6, adj_5, adj_7);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_6);
    adj_scale_2(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = scale(a[i], 2.0) + scale(y=1.0, x=a[i])                                    <L 41>
    // adj: i = wp.tid()                                                                      <L 40>
    // adj: def use_all(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3), c: wp.array(dtype=int)):  <L 39>
    return;
}



struct use_all_34ca66a3_cpu_block_payload_forward
{
    wp_args_use_all_34ca66a3* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void use_all_34ca66a3_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    use_all_34ca66a3_cpu_block_payload_forward* payload = (use_all_34ca66a3_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    use_all_34ca66a3_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void use_all_34ca66a3_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_all_34ca66a3 *_wp_args)
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
        use_all_34ca66a3_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &use_all_34ca66a3_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct use_all_34ca66a3_cpu_block_payload_backward
{
    wp_args_use_all_34ca66a3* args;
    wp_args_use_all_34ca66a3* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void use_all_34ca66a3_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    use_all_34ca66a3_cpu_block_payload_backward* payload = (use_all_34ca66a3_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    use_all_34ca66a3_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void use_all_34ca66a3_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_all_34ca66a3 *_wp_args,
    wp_args_use_all_34ca66a3 *_wp_adj_args)
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
        use_all_34ca66a3_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &use_all_34ca66a3_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_use_first_76ff37cc {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
};


template <bool wp_linear_contiguous>
static void use_first_76ff37cc_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_first_76ff37cc *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // forward
    // def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                   <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i])                                                                     <L 19>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    wp::array_store(var_a, var_0, var_2);
    // b[i] = scale(b[i]) + wp.vec3(scale(1.0))                                               <L 20>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = scale_1(var_6);
    var_8 = scale_0(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_8);
    var_10 = wp::add(var_5, var_9);
    wp::array_store(var_b, var_0, var_10);
}



template <bool wp_linear_contiguous>
static void use_first_76ff37cc_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_use_first_76ff37cc *_wp_args,
    wp_args_use_first_76ff37cc *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::vec_t<3, wp::float32>* var_4;
    wp::vec_t<3, wp::float32> var_5;
    wp::vec_t<3, wp::float32> var_6;
    const wp::float32 var_7 = 1.0;
    wp::float32 var_8;
    wp::vec_t<3, wp::float32> var_9;
    wp::vec_t<3, wp::float32> var_10;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    wp::vec_t<3, wp::float32> adj_6 = {};
    wp::float32 adj_7 = {};
    wp::float32 adj_8 = {};
    wp::vec_t<3, wp::float32> adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    //---------
    // forward
    // def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):                   <L 17>
    // i = wp.tid()                                                                           <L 18>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i])                                                                     <L 19>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    // wp::array_store(var_a, var_0, var_2);
    // b[i] = scale(b[i]) + wp.vec3(scale(1.0))                                               <L 20>
    var_4 = wp::address(var_b, var_0);
    var_6 = wp::load(var_4);
    var_5 = scale_1(var_6);
    var_8 = scale_0(var_7);
    var_9 = wp::vec_t<3, wp::float32>(var_8);
    var_10 = wp::add(var_5, var_9);
    // wp::array_store(var_b, var_0, var_10);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_10, adj_b, adj_0, adj_10);
    wp::adj_add(var_5, var_9, adj_5, adj_9, adj_10);
    wp::adj_vec_t(var_8, adj_8, adj_9);
    adj_scale_0(var_7, adj_7, adj_8);
    adj_scale_1(var_6, adj_4, adj_5);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_4);
    // adj: b[i] = scale(b[i]) + wp.vec3(scale(1.0))                                          <L 20>
    wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
    adj_scale_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = scale(a[i])                                                                <L 19>
    // adj: i = wp.tid()                                                                      <L 18>
    // adj: def use_first(a: wp.array(dtype=float), b: wp.array(dtype=wp.vec3)):              <L 17>
    return;
}



struct use_first_76ff37cc_cpu_block_payload_forward
{
    wp_args_use_first_76ff37cc* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void use_first_76ff37cc_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    use_first_76ff37cc_cpu_block_payload_forward* payload = (use_first_76ff37cc_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    use_first_76ff37cc_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void use_first_76ff37cc_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_first_76ff37cc *_wp_args)
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
        use_first_76ff37cc_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &use_first_76ff37cc_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct use_first_76ff37cc_cpu_block_payload_backward
{
    wp_args_use_first_76ff37cc* args;
    wp_args_use_first_76ff37cc* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void use_first_76ff37cc_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    use_first_76ff37cc_cpu_block_payload_backward* payload = (use_first_76ff37cc_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    use_first_76ff37cc_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void use_first_76ff37cc_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_use_first_76ff37cc *_wp_args,
    wp_args_use_first_76ff37cc *_wp_adj_args)
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
        use_first_76ff37cc_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &use_first_76ff37cc_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_defaults_and_order_e4511f8d {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void defaults_and_order_e4511f8d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_defaults_and_order_e4511f8d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.0;
    wp::float32 var_8;
    wp::float32 var_9;
    //---------
    // forward
    // def defaults_and_order(a: wp.array(dtype=float)):                                      <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)                                          <L 59>
    var_1 = blend_0(var_0, var_2);
    var_3 = wp::address(var_a, var_0);
    var_5 = wp::load(var_3);
    var_4 = blend_1(var_5);
    var_6 = wp::add(var_1, var_4);
    var_8 = blend_0(var_0, var_7);
    var_9 = wp::add(var_6, var_8);
    wp::array_store(var_a, var_0, var_9);
}



template <bool wp_linear_contiguous>
static void defaults_and_order_e4511f8d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_defaults_and_order_e4511f8d *_wp_args,
    wp_args_defaults_and_order_e4511f8d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32 var_1;
    const wp::float32 var_2 = 2.0;
    wp::float32* var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    wp::float32 var_6;
    const wp::float32 var_7 = 3.0;
    wp::float32 var_8;
    wp::float32 var_9;
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
    wp::float32 adj_8 = {};
    wp::float32 adj_9 = {};
    //---------
    // forward
    // def defaults_and_order(a: wp.array(dtype=float)):                                      <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)                                          <L 59>
    var_1 = blend_0(var_0, var_2);
    var_3 = wp::address(var_a, var_0);
    var_5 = wp::load(var_3);
    var_4 = blend_1(var_5);
    var_6 = wp::add(var_1, var_4);
    var_8 = blend_0(var_0, var_7);
    var_9 = wp::add(var_6, var_8);
    // wp::array_store(var_a, var_0, var_9);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_9, adj_a, adj_0, adj_9);
    wp::adj_add(var_6, var_8, adj_6, adj_8, adj_9);
    adj_blend_0(var_0, var_7, adj_0, adj_7, adj_8);
    wp::adj_add(var_1, var_4, adj_1, adj_4, adj_6);
    adj_blend_1(var_5, adj_3, adj_4);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_3);
    adj_blend_0(var_0, var_2, adj_0, adj_2, adj_1);
    // adj: a[i] = blend(i) + blend(a[i]) + blend(i, 3.0)                                     <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def defaults_and_order(a: wp.array(dtype=float)):                                 <L 57>
    return;
}



struct defaults_and_order_e4511f8d_cpu_block_payload_forward
{
    wp_args_defaults_and_order_e4511f8d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void defaults_and_order_e4511f8d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    defaults_and_order_e4511f8d_cpu_block_payload_forward* payload = (defaults_and_order_e4511f8d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    defaults_and_order_e4511f8d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void defaults_and_order_e4511f8d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_defaults_and_order_e4511f8d *_wp_args)
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
        defaults_and_order_e4511f8d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &defaults_and_order_e4511f8d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct defaults_and_order_e4511f8d_cpu_block_payload_backward
{
    wp_args_defaults_and_order_e4511f8d* args;
    wp_args_defaults_and_order_e4511f8d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void defaults_and_order_e4511f8d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    defaults_and_order_e4511f8d_cpu_block_payload_backward* payload = (defaults_and_order_e4511f8d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    defaults_and_order_e4511f8d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void defaults_and_order_e4511f8d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_defaults_and_order_e4511f8d *_wp_args,
    wp_args_defaults_and_order_e4511f8d *_wp_adj_args)
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
        defaults_and_order_e4511f8d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &defaults_and_order_e4511f8d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

