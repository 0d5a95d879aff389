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


// warpsynth/kernel_overloads.py:0
static wp::float64 twice_0(
    wp::float64 var_x)
{
    //---------
    // primal vars
    wp::float64 var_0;
    //---------
    // forward
    // def twice(x: Any):                                                                     <L 1>
    // return x + x                                                                           <L 2>
    var_0 = wp::add(var_x, var_x);
    return var_0;
}


// warpsynth/kernel_overloads.py:0
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


// warpsynth/kernel_overloads.py:0
static void adj_twice_0(
    wp::float64 var_x,
    wp::float64 & adj_x,
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


// warpsynth/kernel_overloads.py:0
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

struct wp_args_copy3_0088f802 {
    wp::array_t<wp::float16> a;
    wp::array_t<wp::float16> b;
    wp::array_t<wp::float16> c;
};


template <bool wp_linear_contiguous>
static void copy3_0088f802_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_0088f802 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_a = _wp_args->a;
    wp::array_t<wp::float16> var_b = _wp_args->b;
    wp::array_t<wp::float16> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float16* var_1;
    wp::float16* var_2;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    wp::array_store(var_c, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void copy3_0088f802_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_0088f802 *_wp_args,
    wp_args_copy3_0088f802 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float16> var_a = _wp_args->a;
    wp::array_t<wp::float16> var_b = _wp_args->b;
    wp::array_t<wp::float16> var_c = _wp_args->c;
    wp::array_t<wp::float16> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float16> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float16> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float16* var_1;
    wp::float16* var_2;
    wp::float16 var_3;
    wp::float16 var_4;
    wp::float16 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float16 adj_1 = {};
    wp::float16 adj_2 = {};
    wp::float16 adj_3 = {};
    wp::float16 adj_4 = {};
    wp::float16 adj_5 = {};
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // wp::array_store(var_c, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: c[i] = a[i] + b[i]                                                                <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
    return;
}



struct copy3_0088f802_cpu_block_payload_forward
{
    wp_args_copy3_0088f802* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_0088f802_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_0088f802_cpu_block_payload_forward* payload = (copy3_0088f802_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_0088f802_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy3_0088f802_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_0088f802 *_wp_args)
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
        copy3_0088f802_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_0088f802_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy3_0088f802_cpu_block_payload_backward
{
    wp_args_copy3_0088f802* args;
    wp_args_copy3_0088f802* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_0088f802_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_0088f802_cpu_block_payload_backward* payload = (copy3_0088f802_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_0088f802_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy3_0088f802_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_0088f802 *_wp_args,
    wp_args_copy3_0088f802 *_wp_adj_args)
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
        copy3_0088f802_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_0088f802_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_plain_5b69988c {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void plain_5b69988c_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_plain_5b69988c *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::int32 var_1;
    //---------
    // forward
    // def plain(a: wp.array[float]):                                                         <L 58>
    // a[wp.tid()] = 1.0                                                                      <L 59>
    var_1 = builtin_tid1d();
    wp::array_store(var_a, var_1, var_0);
}



template <bool wp_linear_contiguous>
static void plain_5b69988c_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_plain_5b69988c *_wp_args,
    wp_args_plain_5b69988c *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    const wp::float32 var_0 = 1.0;
    wp::int32 var_1;
    //---------
    // dual vars
    wp::float32 adj_0 = {};
    wp::int32 adj_1 = {};
    //---------
    // forward
    // def plain(a: wp.array[float]):                                                         <L 58>
    // a[wp.tid()] = 1.0                                                                      <L 59>
    var_1 = builtin_tid1d();
    // wp::array_store(var_a, var_1, var_0);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_1, var_0, adj_a, adj_1, adj_0);
    // adj: a[wp.tid()] = 1.0                                                                 <L 59>
    // adj: def plain(a: wp.array[float]):                                                    <L 58>
    return;
}



struct plain_5b69988c_cpu_block_payload_forward
{
    wp_args_plain_5b69988c* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void plain_5b69988c_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    plain_5b69988c_cpu_block_payload_forward* payload = (plain_5b69988c_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    plain_5b69988c_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void plain_5b69988c_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_plain_5b69988c *_wp_args)
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
        plain_5b69988c_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &plain_5b69988c_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct plain_5b69988c_cpu_block_payload_backward
{
    wp_args_plain_5b69988c* args;
    wp_args_plain_5b69988c* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void plain_5b69988c_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    plain_5b69988c_cpu_block_payload_backward* payload = (plain_5b69988c_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    plain_5b69988c_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void plain_5b69988c_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_plain_5b69988c *_wp_args,
    wp_args_plain_5b69988c *_wp_adj_args)
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
        plain_5b69988c_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &plain_5b69988c_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_add_arrays_622270fe {
    wp::array_t<wp::int8> x;
    wp::array_t<wp::int8> y;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void add_arrays_622270fe_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_add_arrays_622270fe *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int8> var_x = _wp_args->x;
    wp::array_t<wp::int8> var_y = _wp_args->y;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int8* var_2;
    wp::int8* var_3;
    wp::int8 var_4;
    wp::int8 var_5;
    wp::int8 var_6;
    //---------
    // forward
    // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // if i < n:                                                                              <L 3>
    var_1 = (var_0 < var_n);
    if (var_1) {
        // x[i] = x[i] + y[i]                                                                 <L 4>
        var_2 = wp::address(var_x, var_0);
        var_3 = wp::address(var_y, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        wp::array_store(var_x, var_0, var_4);
    }
}



template <bool wp_linear_contiguous>
static void add_arrays_622270fe_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_add_arrays_622270fe *_wp_args,
    wp_args_add_arrays_622270fe *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::int8> var_x = _wp_args->x;
    wp::array_t<wp::int8> var_y = _wp_args->y;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::int8> adj_x = _wp_adj_args->x;
    wp::array_t<wp::int8> adj_y = _wp_adj_args->y;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::int8* var_2;
    wp::int8* var_3;
    wp::int8 var_4;
    wp::int8 var_5;
    wp::int8 var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::int8 adj_2 = {};
    wp::int8 adj_3 = {};
    wp::int8 adj_4 = {};
    wp::int8 adj_5 = {};
    wp::int8 adj_6 = {};
    //---------
    // forward
    // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // if i < n:                                                                              <L 3>
    var_1 = (var_0 < var_n);
    if (var_1) {
        // x[i] = x[i] + y[i]                                                                 <L 4>
        var_2 = wp::address(var_x, var_0);
        var_3 = wp::address(var_y, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        // wp::array_store(var_x, var_0, var_4);
    }
    //---------
    // reverse
    if (var_1) {
        wp::adj_array_store(var_x, var_0, var_4, adj_x, adj_0, adj_4);
        wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
        wp::adj_address(var_y, var_0, adj_y, adj_0, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
        // adj: x[i] = x[i] + y[i]                                                            <L 4>
    }
    // adj: if i < n:                                                                         <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                       <L 1>
    return;
}



struct add_arrays_622270fe_cpu_block_payload_forward
{
    wp_args_add_arrays_622270fe* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_arrays_622270fe_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    add_arrays_622270fe_cpu_block_payload_forward* payload = (add_arrays_622270fe_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_arrays_622270fe_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void add_arrays_622270fe_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_622270fe *_wp_args)
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
        add_arrays_622270fe_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_arrays_622270fe_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct add_arrays_622270fe_cpu_block_payload_backward
{
    wp_args_add_arrays_622270fe* args;
    wp_args_add_arrays_622270fe* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_arrays_622270fe_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    add_arrays_622270fe_cpu_block_payload_backward* payload = (add_arrays_622270fe_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_arrays_622270fe_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void add_arrays_622270fe_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_622270fe *_wp_args,
    wp_args_add_arrays_622270fe *_wp_adj_args)
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
        add_arrays_622270fe_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_arrays_622270fe_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_copy3_8d85e9e0 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
    wp::array_t<wp::float32> c;
};


template <bool wp_linear_contiguous>
static void copy3_8d85e9e0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_8d85e9e0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    wp::array_store(var_c, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void copy3_8d85e9e0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_8d85e9e0 *_wp_args,
    wp_args_copy3_8d85e9e0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> var_c = _wp_args->c;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    wp::array_t<wp::float32> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32* var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    wp::float32 var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    wp::float32 adj_5 = {};
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // wp::array_store(var_c, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: c[i] = a[i] + b[i]                                                                <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
    return;
}



struct copy3_8d85e9e0_cpu_block_payload_forward
{
    wp_args_copy3_8d85e9e0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_8d85e9e0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_8d85e9e0_cpu_block_payload_forward* payload = (copy3_8d85e9e0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_8d85e9e0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy3_8d85e9e0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_8d85e9e0 *_wp_args)
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
        copy3_8d85e9e0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_8d85e9e0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy3_8d85e9e0_cpu_block_payload_backward
{
    wp_args_copy3_8d85e9e0* args;
    wp_args_copy3_8d85e9e0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_8d85e9e0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_8d85e9e0_cpu_block_payload_backward* payload = (copy3_8d85e9e0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_8d85e9e0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy3_8d85e9e0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_8d85e9e0 *_wp_args,
    wp_args_copy3_8d85e9e0 *_wp_adj_args)
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
        copy3_8d85e9e0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_8d85e9e0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_copy3_af55ec62 {
    wp::array_t<wp::vec_t<3, wp::float32>> a;
    wp::array_t<wp::vec_t<3, wp::float32>> b;
    wp::array_t<wp::vec_t<3, wp::float32>> c;
};


template <bool wp_linear_contiguous>
static void copy3_af55ec62_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_af55ec62 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    wp::array_store(var_c, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void copy3_af55ec62_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_af55ec62 *_wp_args,
    wp_args_copy3_af55ec62 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<3, wp::float32>> var_a = _wp_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> var_b = _wp_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> var_c = _wp_args->c;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_a = _wp_adj_args->a;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_b = _wp_adj_args->b;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_c = _wp_adj_args->c;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::vec_t<3, wp::float32>* var_1;
    wp::vec_t<3, wp::float32>* var_2;
    wp::vec_t<3, wp::float32> var_3;
    wp::vec_t<3, wp::float32> var_4;
    wp::vec_t<3, wp::float32> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<3, wp::float32> adj_1 = {};
    wp::vec_t<3, wp::float32> adj_2 = {};
    wp::vec_t<3, wp::float32> adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::vec_t<3, wp::float32> adj_5 = {};
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // wp::array_store(var_c, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: c[i] = a[i] + b[i]                                                                <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
    return;
}



struct copy3_af55ec62_cpu_block_payload_forward
{
    wp_args_copy3_af55ec62* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_af55ec62_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_af55ec62_cpu_block_payload_forward* payload = (copy3_af55ec62_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_af55ec62_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy3_af55ec62_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_af55ec62 *_wp_args)
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
        copy3_af55ec62_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_af55ec62_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy3_af55ec62_cpu_block_payload_backward
{
    wp_args_copy3_af55ec62* args;
    wp_args_copy3_af55ec62* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_af55ec62_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_af55ec62_cpu_block_payload_backward* payload = (copy3_af55ec62_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_af55ec62_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy3_af55ec62_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_af55ec62 *_wp_args,
    wp_args_copy3_af55ec62 *_wp_adj_args)
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
        copy3_af55ec62_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_af55ec62_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_copy3_b7795a43 {
    wp::array_t<wp::vec_t<2, wp::float64>> a;
    wp::array_t<wp::vec_t<2, wp::float64>> b;
    wp::array_t<wp::vec_t<2, wp::float64>> c;
};


template <bool wp_linear_contiguous>
static void copy3_b7795a43_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_b7795a43 *_wp_args)
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
    wp::vec_t<2, wp::float64>* var_1;
    wp::vec_t<2, wp::float64>* var_2;
    wp::vec_t<2, wp::float64> var_3;
    wp::vec_t<2, wp::float64> var_4;
    wp::vec_t<2, wp::float64> var_5;
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    wp::array_store(var_c, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void copy3_b7795a43_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_copy3_b7795a43 *_wp_args,
    wp_args_copy3_b7795a43 *_wp_adj_args)
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
    wp::vec_t<2, wp::float64>* var_1;
    wp::vec_t<2, wp::float64>* var_2;
    wp::vec_t<2, wp::float64> var_3;
    wp::vec_t<2, wp::float64> var_4;
    wp::vec_t<2, wp::float64> var_5;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::vec_t<2, wp::float64> adj_1 = {};
    wp::vec_t<2, wp::float64> adj_2 = {};
    wp::vec_t<2, wp::float64> adj_3 = {};
    wp::vec_t<2, wp::float64> adj_4 = {};
    wp::vec_t<2, wp::float64> adj_5 = {};
    //---------
    // forward
    // def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                       <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // c[i] = a[i] + b[i]                                                                     <L 3>
    var_1 = wp::address(var_a, var_0);
    var_2 = wp::address(var_b, var_0);
    var_4 = wp::load(var_1);
    var_5 = wp::load(var_2);
    var_3 = wp::add(var_4, var_5);
    // wp::array_store(var_c, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_c, var_0, var_3, adj_c, adj_0, adj_3);
    wp::adj_add(var_4, var_5, adj_1, adj_2, adj_3);
    wp::adj_address(var_b, var_0, adj_b, adj_0, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: c[i] = a[i] + b[i]                                                                <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def copy3(a: wp.array[Any], b: wp.array[Any], c: wp.array[Any]):                  <L 1>
    return;
}



struct copy3_b7795a43_cpu_block_payload_forward
{
    wp_args_copy3_b7795a43* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_b7795a43_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_b7795a43_cpu_block_payload_forward* payload = (copy3_b7795a43_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_b7795a43_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void copy3_b7795a43_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_b7795a43 *_wp_args)
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
        copy3_b7795a43_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_b7795a43_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct copy3_b7795a43_cpu_block_payload_backward
{
    wp_args_copy3_b7795a43* args;
    wp_args_copy3_b7795a43* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void copy3_b7795a43_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    copy3_b7795a43_cpu_block_payload_backward* payload = (copy3_b7795a43_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    copy3_b7795a43_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void copy3_b7795a43_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_copy3_b7795a43 *_wp_args,
    wp_args_copy3_b7795a43 *_wp_adj_args)
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
        copy3_b7795a43_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &copy3_b7795a43_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_scale_b85c5ea5 {
    wp::array_t<wp::float64> a;
    wp::float64 s;
};


template <bool wp_linear_contiguous>
static void scale_b85c5ea5_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_b85c5ea5 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::float64 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // forward
    // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // a[i] = twice(a[i]) * s                                                                 <L 3>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    var_4 = wp::mul(var_2, var_s);
    wp::array_store(var_a, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void scale_b85c5ea5_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_b85c5ea5 *_wp_args,
    wp_args_scale_b85c5ea5 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float64> var_a = _wp_args->a;
    wp::float64 var_s = _wp_args->s;
    wp::array_t<wp::float64> adj_a = _wp_adj_args->a;
    wp::float64 adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float64* var_1;
    wp::float64 var_2;
    wp::float64 var_3;
    wp::float64 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float64 adj_1 = {};
    wp::float64 adj_2 = {};
    wp::float64 adj_3 = {};
    wp::float64 adj_4 = {};
    //---------
    // forward
    // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // a[i] = twice(a[i]) * s                                                                 <L 3>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    var_4 = wp::mul(var_2, var_s);
    // wp::array_store(var_a, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
    wp::adj_mul(var_2, var_s, adj_2, adj_s, adj_4);
    adj_twice_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = twice(a[i]) * s                                                            <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def scale(a: wp.array(dtype=Any), s: Any):                                        <L 1>
    return;
}



struct scale_b85c5ea5_cpu_block_payload_forward
{
    wp_args_scale_b85c5ea5* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_b85c5ea5_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_b85c5ea5_cpu_block_payload_forward* payload = (scale_b85c5ea5_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_b85c5ea5_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_b85c5ea5_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_b85c5ea5 *_wp_args)
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
        scale_b85c5ea5_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_b85c5ea5_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scale_b85c5ea5_cpu_block_payload_backward
{
    wp_args_scale_b85c5ea5* args;
    wp_args_scale_b85c5ea5* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_b85c5ea5_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_b85c5ea5_cpu_block_payload_backward* payload = (scale_b85c5ea5_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_b85c5ea5_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scale_b85c5ea5_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_b85c5ea5 *_wp_args,
    wp_args_scale_b85c5ea5 *_wp_adj_args)
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
        scale_b85c5ea5_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_b85c5ea5_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_scale_de7243f0 {
    wp::array_t<wp::float32> a;
    wp::float32 s;
};


template <bool wp_linear_contiguous>
static void scale_de7243f0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_de7243f0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::float32 var_s = _wp_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // a[i] = twice(a[i]) * s                                                                 <L 3>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    var_4 = wp::mul(var_2, var_s);
    wp::array_store(var_a, var_0, var_4);
}



template <bool wp_linear_contiguous>
static void scale_de7243f0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_scale_de7243f0 *_wp_args,
    wp_args_scale_de7243f0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::float32 var_s = _wp_args->s;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::float32 adj_s = _wp_adj_args->s;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    wp::float32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::float32 adj_4 = {};
    //---------
    // forward
    // def scale(a: wp.array(dtype=Any), s: Any):                                             <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // a[i] = twice(a[i]) * s                                                                 <L 3>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = twice_0(var_3);
    var_4 = wp::mul(var_2, var_s);
    // wp::array_store(var_a, var_0, var_4);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_4, adj_a, adj_0, adj_4);
    wp::adj_mul(var_2, var_s, adj_2, adj_s, adj_4);
    adj_twice_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = twice(a[i]) * s                                                            <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def scale(a: wp.array(dtype=Any), s: Any):                                        <L 1>
    return;
}



struct scale_de7243f0_cpu_block_payload_forward
{
    wp_args_scale_de7243f0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_de7243f0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_de7243f0_cpu_block_payload_forward* payload = (scale_de7243f0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_de7243f0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void scale_de7243f0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_de7243f0 *_wp_args)
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
        scale_de7243f0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_de7243f0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct scale_de7243f0_cpu_block_payload_backward
{
    wp_args_scale_de7243f0* args;
    wp_args_scale_de7243f0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void scale_de7243f0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    scale_de7243f0_cpu_block_payload_backward* payload = (scale_de7243f0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    scale_de7243f0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void scale_de7243f0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_scale_de7243f0 *_wp_args,
    wp_args_scale_de7243f0 *_wp_adj_args)
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
        scale_de7243f0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &scale_de7243f0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_add_arrays_e8902fac {
    wp::array_t<wp::vec_t<2, wp::float16>> x;
    wp::array_t<wp::vec_t<2, wp::float16>> y;
    wp::int32 n;
};


template <bool wp_linear_contiguous>
static void add_arrays_e8902fac_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_add_arrays_e8902fac *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float16>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float16>> var_y = _wp_args->y;
    wp::int32 var_n = _wp_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<2, wp::float16>* var_2;
    wp::vec_t<2, wp::float16>* var_3;
    wp::vec_t<2, wp::float16> var_4;
    wp::vec_t<2, wp::float16> var_5;
    wp::vec_t<2, wp::float16> var_6;
    //---------
    // forward
    // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // if i < n:                                                                              <L 3>
    var_1 = (var_0 < var_n);
    if (var_1) {
        // x[i] = x[i] + y[i]                                                                 <L 4>
        var_2 = wp::address(var_x, var_0);
        var_3 = wp::address(var_y, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        wp::array_store(var_x, var_0, var_4);
    }
}



template <bool wp_linear_contiguous>
static void add_arrays_e8902fac_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_add_arrays_e8902fac *_wp_args,
    wp_args_add_arrays_e8902fac *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::vec_t<2, wp::float16>> var_x = _wp_args->x;
    wp::array_t<wp::vec_t<2, wp::float16>> var_y = _wp_args->y;
    wp::int32 var_n = _wp_args->n;
    wp::array_t<wp::vec_t<2, wp::float16>> adj_x = _wp_adj_args->x;
    wp::array_t<wp::vec_t<2, wp::float16>> adj_y = _wp_adj_args->y;
    wp::int32 adj_n = _wp_adj_args->n;
    //---------
    // primal vars
    wp::int32 var_0;
    bool var_1;
    wp::vec_t<2, wp::float16>* var_2;
    wp::vec_t<2, wp::float16>* var_3;
    wp::vec_t<2, wp::float16> var_4;
    wp::vec_t<2, wp::float16> var_5;
    wp::vec_t<2, wp::float16> var_6;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    bool adj_1 = {};
    wp::vec_t<2, wp::float16> adj_2 = {};
    wp::vec_t<2, wp::float16> adj_3 = {};
    wp::vec_t<2, wp::float16> adj_4 = {};
    wp::vec_t<2, wp::float16> adj_5 = {};
    wp::vec_t<2, wp::float16> adj_6 = {};
    //---------
    // forward
    // def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                            <L 1>
    // i = wp.tid()                                                                           <L 2>
    var_0 = builtin_tid1d();
    // if i < n:                                                                              <L 3>
    var_1 = (var_0 < var_n);
    if (var_1) {
        // x[i] = x[i] + y[i]                                                                 <L 4>
        var_2 = wp::address(var_x, var_0);
        var_3 = wp::address(var_y, var_0);
        var_5 = wp::load(var_2);
        var_6 = wp::load(var_3);
        var_4 = wp::add(var_5, var_6);
        // wp::array_store(var_x, var_0, var_4);
    }
    //---------
    // reverse
    if (var_1) {
        wp::adj_array_store(var_x, var_0, var_4, adj_x, adj_0, adj_4);
        wp::adj_add(var_5, var_6, adj_2, adj_3, adj_4);
        wp::adj_address(var_y, var_0, adj_y, adj_0, adj_3);
        wp::adj_address(var_x, var_0, adj_x, adj_0, adj_2);
        // adj: x[i] = x[i] + y[i]                                                            <L 4>
    }
    // adj: if i < n:                                                                         <L 3>
    // adj: i = wp.tid()                                                                      <L 2>
    // adj: def add_arrays(x: wp.array[Any], y: wp.array[Any], n: int):                       <L 1>
    return;
}



struct add_arrays_e8902fac_cpu_block_payload_forward
{
    wp_args_add_arrays_e8902fac* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_arrays_e8902fac_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    add_arrays_e8902fac_cpu_block_payload_forward* payload = (add_arrays_e8902fac_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_arrays_e8902fac_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void add_arrays_e8902fac_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_e8902fac *_wp_args)
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
        add_arrays_e8902fac_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_arrays_e8902fac_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct add_arrays_e8902fac_cpu_block_payload_backward
{
    wp_args_add_arrays_e8902fac* args;
    wp_args_add_arrays_e8902fac* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void add_arrays_e8902fac_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    add_arrays_e8902fac_cpu_block_payload_backward* payload = (add_arrays_e8902fac_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    add_arrays_e8902fac_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void add_arrays_e8902fac_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_add_arrays_e8902fac *_wp_args,
    wp_args_add_arrays_e8902fac *_wp_adj_args)
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
        add_arrays_e8902fac_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &add_arrays_e8902fac_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

