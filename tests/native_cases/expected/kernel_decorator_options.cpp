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


// warpsynth/kernel_decorator_options.py:4
static wp::float32 scale_0(
    wp::float32 var_x)
{
    //---------
    // primal vars
    const wp::float32 var_0 = 2.0;
    wp::float32 var_1;
    //---------
    // forward
    // def scale(x: float):                                                                   <L 5>
    // return x * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_x, var_0);
    return var_1;
}


// warpsynth/kernel_decorator_options.py:4
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
    // def scale(x: float):                                                                   <L 5>
    // return x * 2.0                                                                         <L 6>
    var_1 = wp::mul(var_x, var_0);
    goto label0;
    //---------
    // reverse
    label0:;
    adj_1 += adj_ret;
    wp::adj_mul(var_x, var_0, adj_x, adj_0, adj_1);
    // adj: return x * 2.0                                                                    <L 6>
    // adj: def scale(x: float):                                                              <L 5>
    return;
}

struct wp_args_registers_and_clusters_129e9487 {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void registers_and_clusters_129e9487_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_registers_and_clusters_129e9487 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
    wp::float32 var_5;
    //---------
    // forward
    // def registers_and_clusters(a: wp.array(dtype=float)):                                  <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i]) - 1.0                                                               <L 71>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    var_5 = wp::sub(var_2, var_4);
    wp::array_store(var_a, var_0, var_5);
}



template <bool wp_linear_contiguous>
static void registers_and_clusters_129e9487_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_registers_and_clusters_129e9487 *_wp_args,
    wp_args_registers_and_clusters_129e9487 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    const wp::float32 var_4 = 1.0;
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
    // def registers_and_clusters(a: wp.array(dtype=float)):                                  <L 69>
    // i = wp.tid()                                                                           <L 70>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i]) - 1.0                                                               <L 71>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    var_5 = wp::sub(var_2, var_4);
    // wp::array_store(var_a, var_0, var_5);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_5, adj_a, adj_0, adj_5);
    wp::adj_sub(var_2, var_4, adj_2, adj_4, adj_5);
    adj_scale_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = scale(a[i]) - 1.0                                                          <L 71>
    // adj: i = wp.tid()                                                                      <L 70>
    // adj: def registers_and_clusters(a: wp.array(dtype=float)):                             <L 69>
    return;
}



struct registers_and_clusters_129e9487_cpu_block_payload_forward
{
    wp_args_registers_and_clusters_129e9487* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void registers_and_clusters_129e9487_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    registers_and_clusters_129e9487_cpu_block_payload_forward* payload = (registers_and_clusters_129e9487_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    registers_and_clusters_129e9487_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void registers_and_clusters_129e9487_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_registers_and_clusters_129e9487 *_wp_args)
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
        registers_and_clusters_129e9487_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &registers_and_clusters_129e9487_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct registers_and_clusters_129e9487_cpu_block_payload_backward
{
    wp_args_registers_and_clusters_129e9487* args;
    wp_args_registers_and_clusters_129e9487* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void registers_and_clusters_129e9487_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    registers_and_clusters_129e9487_cpu_block_payload_backward* payload = (registers_and_clusters_129e9487_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    registers_and_clusters_129e9487_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void registers_and_clusters_129e9487_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_registers_and_clusters_129e9487 *_wp_args,
    wp_args_registers_and_clusters_129e9487 *_wp_adj_args)
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
        registers_and_clusters_129e9487_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &registers_and_clusters_129e9487_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_bounded_pair_2750d491 {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void bounded_pair_2750d491_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_pair_2750d491 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.0;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def bounded_pair(a: wp.array(dtype=float)):                                            <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // a[i] = a[i] + 1.0                                                                      <L 59>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::add(var_4, var_2);
    wp::array_store(var_a, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void bounded_pair_2750d491_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_pair_2750d491 *_wp_args,
    wp_args_bounded_pair_2750d491 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 1.0;
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
    // def bounded_pair(a: wp.array(dtype=float)):                                            <L 57>
    // i = wp.tid()                                                                           <L 58>
    var_0 = builtin_tid1d();
    // a[i] = a[i] + 1.0                                                                      <L 59>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::add(var_4, var_2);
    // wp::array_store(var_a, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
    wp::adj_add(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = a[i] + 1.0                                                                 <L 59>
    // adj: i = wp.tid()                                                                      <L 58>
    // adj: def bounded_pair(a: wp.array(dtype=float)):                                       <L 57>
    return;
}



struct bounded_pair_2750d491_cpu_block_payload_forward
{
    wp_args_bounded_pair_2750d491* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_pair_2750d491_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_pair_2750d491_cpu_block_payload_forward* payload = (bounded_pair_2750d491_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_pair_2750d491_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bounded_pair_2750d491_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_pair_2750d491 *_wp_args)
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
        bounded_pair_2750d491_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_pair_2750d491_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bounded_pair_2750d491_cpu_block_payload_backward
{
    wp_args_bounded_pair_2750d491* args;
    wp_args_bounded_pair_2750d491* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_pair_2750d491_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_pair_2750d491_cpu_block_payload_backward* payload = (bounded_pair_2750d491_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_pair_2750d491_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bounded_pair_2750d491_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_pair_2750d491 *_wp_args,
    wp_args_bounded_pair_2750d491 *_wp_adj_args)
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
        bounded_pair_2750d491_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_pair_2750d491_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_forward_only_3f2f6a30 {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void forward_only_3f2f6a30_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_forward_only_3f2f6a30 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def forward_only(a: wp.array(dtype=float)):                                            <L 15>
    // i = wp.tid()                                                                           <L 16>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i])                                                                     <L 17>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    wp::array_store(var_a, var_0, var_2);
}



struct forward_only_3f2f6a30_cpu_block_payload_forward
{
    wp_args_forward_only_3f2f6a30* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void forward_only_3f2f6a30_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    forward_only_3f2f6a30_cpu_block_payload_forward* payload = (forward_only_3f2f6a30_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    forward_only_3f2f6a30_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void forward_only_3f2f6a30_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_forward_only_3f2f6a30 *_wp_args)
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
        forward_only_3f2f6a30_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &forward_only_3f2f6a30_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_defaults_spelled_out_657963ba {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void defaults_spelled_out_657963ba_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_defaults_spelled_out_657963ba *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 2.0;
    //---------
    // forward
    // def defaults_spelled_out(a: wp.array(dtype=float)):                                    <L 75>
    // i = wp.tid()                                                                           <L 76>
    var_0 = builtin_tid1d();
    // a[i] = 2.0                                                                             <L 77>
    wp::array_store(var_a, var_0, var_1);
}



struct defaults_spelled_out_657963ba_cpu_block_payload_forward
{
    wp_args_defaults_spelled_out_657963ba* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void defaults_spelled_out_657963ba_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    defaults_spelled_out_657963ba_cpu_block_payload_forward* payload = (defaults_spelled_out_657963ba_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    defaults_spelled_out_657963ba_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void defaults_spelled_out_657963ba_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_defaults_spelled_out_657963ba *_wp_args)
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
        defaults_spelled_out_657963ba_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &defaults_spelled_out_657963ba_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_bounded_one_71860cab {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void bounded_one_71860cab_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_one_71860cab *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 3.0;
    wp::float32 var_3;
    wp::float32 var_4;
    //---------
    // forward
    // def bounded_one(a: wp.array(dtype=float)):                                             <L 63>
    // i = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // a[i] = a[i] * 3.0                                                                      <L 65>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    wp::array_store(var_a, var_0, var_3);
}



template <bool wp_linear_contiguous>
static void bounded_one_71860cab_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_one_71860cab *_wp_args,
    wp_args_bounded_one_71860cab *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    const wp::float32 var_2 = 3.0;
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
    // def bounded_one(a: wp.array(dtype=float)):                                             <L 63>
    // i = wp.tid()                                                                           <L 64>
    var_0 = builtin_tid1d();
    // a[i] = a[i] * 3.0                                                                      <L 65>
    var_1 = wp::address(var_a, var_0);
    var_4 = wp::load(var_1);
    var_3 = wp::mul(var_4, var_2);
    // wp::array_store(var_a, var_0, var_3);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_3, adj_a, adj_0, adj_3);
    wp::adj_mul(var_4, var_2, adj_1, adj_2, adj_3);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = a[i] * 3.0                                                                 <L 65>
    // adj: i = wp.tid()                                                                      <L 64>
    // adj: def bounded_one(a: wp.array(dtype=float)):                                        <L 63>
    return;
}



struct bounded_one_71860cab_cpu_block_payload_forward
{
    wp_args_bounded_one_71860cab* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_one_71860cab_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_one_71860cab_cpu_block_payload_forward* payload = (bounded_one_71860cab_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_one_71860cab_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bounded_one_71860cab_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_one_71860cab *_wp_args)
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
        bounded_one_71860cab_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_one_71860cab_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bounded_one_71860cab_cpu_block_payload_backward
{
    wp_args_bounded_one_71860cab* args;
    wp_args_bounded_one_71860cab* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_one_71860cab_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_one_71860cab_cpu_block_payload_backward* payload = (bounded_one_71860cab_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_one_71860cab_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bounded_one_71860cab_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_one_71860cab *_wp_args,
    wp_args_bounded_one_71860cab *_wp_adj_args)
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
        bounded_one_71860cab_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_one_71860cab_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_empty_call_7a227c70 {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void empty_call_7a227c70_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_empty_call_7a227c70 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 3.0;
    //---------
    // forward
    // def empty_call(a: wp.array(dtype=float)):                                              <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // a[i] = 3.0                                                                             <L 83>
    wp::array_store(var_a, var_0, var_1);
}



template <bool wp_linear_contiguous>
static void empty_call_7a227c70_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_empty_call_7a227c70 *_wp_args,
    wp_args_empty_call_7a227c70 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::float32 var_1 = 3.0;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::float32 adj_1 = {};
    //---------
    // forward
    // def empty_call(a: wp.array(dtype=float)):                                              <L 81>
    // i = wp.tid()                                                                           <L 82>
    var_0 = builtin_tid1d();
    // a[i] = 3.0                                                                             <L 83>
    // wp::array_store(var_a, var_0, var_1);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_1, adj_a, adj_0, adj_1);
    // adj: a[i] = 3.0                                                                        <L 83>
    // adj: i = wp.tid()                                                                      <L 82>
    // adj: def empty_call(a: wp.array(dtype=float)):                                         <L 81>
    return;
}



struct empty_call_7a227c70_cpu_block_payload_forward
{
    wp_args_empty_call_7a227c70* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void empty_call_7a227c70_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    empty_call_7a227c70_cpu_block_payload_forward* payload = (empty_call_7a227c70_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    empty_call_7a227c70_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void empty_call_7a227c70_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_empty_call_7a227c70 *_wp_args)
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
        empty_call_7a227c70_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &empty_call_7a227c70_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct empty_call_7a227c70_cpu_block_payload_backward
{
    wp_args_empty_call_7a227c70* args;
    wp_args_empty_call_7a227c70* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void empty_call_7a227c70_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    empty_call_7a227c70_cpu_block_payload_backward* payload = (empty_call_7a227c70_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    empty_call_7a227c70_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void empty_call_7a227c70_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_empty_call_7a227c70 *_wp_args,
    wp_args_empty_call_7a227c70 *_wp_adj_args)
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
        empty_call_7a227c70_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &empty_call_7a227c70_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_bounded_928f624d {
    wp::array_t<wp::float32> a;
};


template <bool wp_linear_contiguous>
static void bounded_928f624d_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_928f624d *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def bounded(a: wp.array(dtype=float)):                                                 <L 51>
    // i = wp.tid()                                                                           <L 52>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i])                                                                     <L 53>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    wp::array_store(var_a, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void bounded_928f624d_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_bounded_928f624d *_wp_args,
    wp_args_bounded_928f624d *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    //---------
    // primal vars
    wp::int32 var_0;
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
    // def bounded(a: wp.array(dtype=float)):                                                 <L 51>
    // i = wp.tid()                                                                           <L 52>
    var_0 = builtin_tid1d();
    // a[i] = scale(a[i])                                                                     <L 53>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    // wp::array_store(var_a, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_a, var_0, var_2, adj_a, adj_0, adj_2);
    adj_scale_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: a[i] = scale(a[i])                                                                <L 53>
    // adj: i = wp.tid()                                                                      <L 52>
    // adj: def bounded(a: wp.array(dtype=float)):                                            <L 51>
    return;
}



struct bounded_928f624d_cpu_block_payload_forward
{
    wp_args_bounded_928f624d* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_928f624d_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_928f624d_cpu_block_payload_forward* payload = (bounded_928f624d_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_928f624d_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void bounded_928f624d_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_928f624d *_wp_args)
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
        bounded_928f624d_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_928f624d_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct bounded_928f624d_cpu_block_payload_backward
{
    wp_args_bounded_928f624d* args;
    wp_args_bounded_928f624d* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void bounded_928f624d_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    bounded_928f624d_cpu_block_payload_backward* payload = (bounded_928f624d_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    bounded_928f624d_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void bounded_928f624d_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_bounded_928f624d *_wp_args,
    wp_args_bounded_928f624d *_wp_adj_args)
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
        bounded_928f624d_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &bounded_928f624d_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

struct wp_args_with_backward_c874e2f0 {
    wp::array_t<wp::float32> a;
    wp::array_t<wp::float32> b;
};


template <bool wp_linear_contiguous>
static void with_backward_c874e2f0_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_with_backward_c874e2f0 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
    wp::float32* var_1;
    wp::float32 var_2;
    wp::float32 var_3;
    //---------
    // forward
    // def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):                 <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // b[i] = scale(a[i])                                                                     <L 47>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    wp::array_store(var_b, var_0, var_2);
}



template <bool wp_linear_contiguous>
static void with_backward_c874e2f0_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_with_backward_c874e2f0 *_wp_args,
    wp_args_with_backward_c874e2f0 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::array_t<wp::float32> var_a = _wp_args->a;
    wp::array_t<wp::float32> var_b = _wp_args->b;
    wp::array_t<wp::float32> adj_a = _wp_adj_args->a;
    wp::array_t<wp::float32> adj_b = _wp_adj_args->b;
    //---------
    // primal vars
    wp::int32 var_0;
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
    // def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):                 <L 45>
    // i = wp.tid()                                                                           <L 46>
    var_0 = builtin_tid1d();
    // b[i] = scale(a[i])                                                                     <L 47>
    var_1 = wp::address(var_a, var_0);
    var_3 = wp::load(var_1);
    var_2 = scale_0(var_3);
    // wp::array_store(var_b, var_0, var_2);
    //---------
    // reverse
    wp::adj_array_store(var_b, var_0, var_2, adj_b, adj_0, adj_2);
    adj_scale_0(var_3, adj_1, adj_2);
    wp::adj_address(var_a, var_0, adj_a, adj_0, adj_1);
    // adj: b[i] = scale(a[i])                                                                <L 47>
    // adj: i = wp.tid()                                                                      <L 46>
    // adj: def with_backward(a: wp.array(dtype=float), b: wp.array(dtype=float)):            <L 45>
    return;
}



struct with_backward_c874e2f0_cpu_block_payload_forward
{
    wp_args_with_backward_c874e2f0* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void with_backward_c874e2f0_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    with_backward_c874e2f0_cpu_block_payload_forward* payload = (with_backward_c874e2f0_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    with_backward_c874e2f0_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void with_backward_c874e2f0_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_with_backward_c874e2f0 *_wp_args)
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
        with_backward_c874e2f0_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &with_backward_c874e2f0_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct with_backward_c874e2f0_cpu_block_payload_backward
{
    wp_args_with_backward_c874e2f0* args;
    wp_args_with_backward_c874e2f0* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void with_backward_c874e2f0_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    with_backward_c874e2f0_cpu_block_payload_backward* payload = (with_backward_c874e2f0_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    with_backward_c874e2f0_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void with_backward_c874e2f0_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_with_backward_c874e2f0 *_wp_args,
    wp_args_with_backward_c874e2f0 *_wp_adj_args)
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
        with_backward_c874e2f0_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &with_backward_c874e2f0_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

